package io.omegalock.cli.worker;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import io.omegalock.target.EvalResult;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worker protocol's two messages (SPEC §11): a request line
 * {@code {"id": 7, "params": {...}}} and a response line
 * {@code {"id": 7, "fitness": 1.25, "n_trials": 120, "metadata": {...}}} or
 * {@code {"id": 7, "error": "message"}}. Params keep their kinds: ints are JSON integers, floats
 * JSON numbers in Python's {@code repr} spelling, bools JSON booleans, choices strings.
 */
final class WorkerProtocol {
    private static final int SHOWN_CHARS = 200;

    private WorkerProtocol() {
    }

    /** The line broke the protocol: the worker can no longer be trusted and is restarted. */
    static final class Violation extends Exception {
        private static final long serialVersionUID = 1L;

        Violation(String message) {
            super(message);
        }
    }

    /** The worker answered properly but the evaluation failed (error response, non-finite fitness). */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    /**
     * @param id     the request id
     * @param params the params to evaluate
     * @return the request line, without the line break
     */
    static String request(long id, Map<String, ?> params) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("params", params);
        return JsonWriter.toString(m, false);
    }

    /**
     * @param id   the id of the request this line answers
     * @param line one line the worker wrote to its stdout
     * @return the evaluation result
     * @throws Violation when the line is not a well-formed response to this request
     * @throws Failed    when the worker reported an error or a non-finite fitness
     */
    static EvalResult response(long id, String line) throws Violation, Failed {
        Object parsed;
        try {
            parsed = Json.parse(line);
        } catch (BadInputException e) {
            throw new Violation("sent a line that is not JSON in answer to request " + id + ": " + shown(line));
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new Violation("sent a line that is not a JSON object in answer to request " + id + ": " + shown(line));
        }
        Object gotId = m.get("id");
        if (!(gotId instanceof Long || gotId instanceof BigInteger || gotId instanceof Double)) {
            throw new Violation("answered request " + id + " without an integer \"id\": " + shown(line));
        }
        if (!(gotId instanceof Long l && l == id)) {
            throw new Violation("answered request " + id + " with id " + gotId + " (out of order)");
        }
        if (m.containsKey("error") && m.get("error") != null) {
            Object err = m.get("error");
            throw new Failed("reported an error for request " + id + ": " + (err instanceof String s ? s : shown(String.valueOf(err))));
        }
        Object fitness = m.get("fitness");
        if (!(fitness instanceof Long || fitness instanceof Double || fitness instanceof BigInteger)) {
            throw new Violation("answered request " + id + " without a numeric \"fitness\" (and no \"error\"): "
                    + shown(line));
        }
        double f = ((Number) fitness).doubleValue();
        if (!Double.isFinite(f)) {
            throw new Failed("returned a non-finite fitness (" + (Double.isNaN(f) ? "NaN" : f > 0 ? "Infinity" : "-Infinity")
                    + ") for request " + id);
        }
        long nTrials = nTrials(id, m.get("n_trials"));
        Object metadata = m.get("metadata");
        if (metadata != null && !(metadata instanceof Map<?, ?>)) {
            throw new Violation("answered request " + id + " with a \"metadata\" that is not a JSON object: " + shown(line));
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> meta = metadata == null ? Map.of() : (Map<String, ?>) metadata;
        return EvalResult.of(f, nTrials, meta);
    }

    /** {@code n_trials} is optional (1 when absent, as for a plain function target); an integral double is accepted. */
    private static long nTrials(long id, Object v) throws Violation {
        if (v == null) {
            return 1;
        }
        long n;
        if (v instanceof Long l) {
            n = l;
        } else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
            n = d.longValue();
        } else {
            throw new Violation("answered request " + id + " with \"n_trials\" " + v + ", expected an integer >= 0");
        }
        if (n < 0) {
            throw new Violation("answered request " + id + " with \"n_trials\" " + n + ", expected an integer >= 0");
        }
        return n;
    }

    /** @return the line quoted, shortened for a message */
    static String shown(String line) {
        String s = line.length() > SHOWN_CHARS ? line.substring(0, SHOWN_CHARS) + "... (" + line.length() + " chars)" : line;
        return "\"" + s + "\"";
    }
}
