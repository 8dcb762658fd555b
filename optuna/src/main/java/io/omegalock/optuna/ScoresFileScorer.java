package io.omegalock.optuna;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holdout scores computed elsewhere and written to a JSON object mapping trial number to score,
 * in the study's own orientation, e.g. {@code {"0": -10.52, "3": -0.40}}. {@code NaN} and
 * {@code Infinity} are accepted (and then fail the gate as non-finite).
 */
public final class ScoresFileScorer implements HoldoutScorer {
    private final Map<Integer, Double> scores;
    private final String source;

    private ScoresFileScorer(Map<Integer, Double> scores, String source) {
        this.scores = scores;
        this.source = source;
    }

    /**
     * @param file a JSON object {@code {"<trial number>": score, ...}}
     * @return the scorer
     * @throws BadInputException when the file cannot be read, is not such an object, or a key is not
     *                           a trial number or a value not a number (naming the key)
     */
    public static ScoresFileScorer load(Path file) {
        Object parsed = Json.parse(file);
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new BadInputException("holdout scores file " + file + " must hold a JSON object mapping trial "
                    + "number to score, e.g. {\"0\": 1.5}");
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = (String) e.getKey();
            int number;
            try {
                number = Integer.parseInt(key.strip());
            } catch (NumberFormatException ex) {
                throw new BadInputException("holdout scores file " + file + ": key '" + key
                        + "' is not a trial number", ex);
            }
            if (!(e.getValue() instanceof Number n) || e.getValue() instanceof Boolean) {
                throw new BadInputException("holdout scores file " + file + ": the score of trial " + key
                        + " must be a number, got " + e.getValue());
            }
            out.put(number, n.doubleValue());
        }
        return new ScoresFileScorer(out, file.toString());
    }

    /**
     * @param scores trial number to score, in the study's orientation
     * @return the scorer
     */
    public static ScoresFileScorer of(Map<Integer, Double> scores) {
        return new ScoresFileScorer(new LinkedHashMap<>(scores), "the given scores");
    }

    /** @return the scores by trial number */
    public Map<Integer, Double> scores() {
        return java.util.Collections.unmodifiableMap(scores);
    }

    /**
     * @throws BadInputException when the file has no score for this trial
     */
    @Override
    public double score(Trial trial) {
        Double s = scores.get(trial.number());
        if (s == null) {
            throw new BadInputException("holdout scores file " + source + " has no score for trial "
                    + trial.number() + " (it scores " + scores.size() + " trials); the audit needs one for each "
                    + "of the top-N trials, for the best feasible trial and, with a transfer sample, for each sampled "
                    + "trial");
        }
        return s;
    }
}
