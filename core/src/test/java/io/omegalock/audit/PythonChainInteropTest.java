package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluator;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import io.omegalock.testing.External;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report this library writes verifies under the reference's algorithm as Python runs it
 * ({@code json.dumps(sort_keys=True)} and hashlib, in {@code verify_chain.py}), including awkward
 * values: non-ASCII and astral names, control characters, -0.0, 1e16, tiny and huge floats,
 * integers beyond 2^53. And a single edited byte makes Python report the broken entry.
 */
class PythonChainInteropTest {
    @TempDir
    Path dir;

    @Test
    void ourReportVerifiesInPythonAndAnEditBreaksIt() throws Exception {
        External.assumePython();
        ParamSpace space = ParamSpace.of(FloatParam.of("x", -1e300, 1e300, 0), IntParam.of("k", -(1L << 60),
                1L << 60, 0), BoolParam.of("flag", false), ChoiceParam.of("ünï 😀", List.of("a\tb", "ç\"d\\"), "a\tb"));
        Target t = new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(Params p) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("Zeta", 1);
                m.put("émoji ✓ 😀", "ctrl\u0001\u007f/\n");
                m.put("nested", Map.of("b", 0.1 + 0.2, "a", -0.0, "C", 1e-05));
                m.put("list", List.of(1, 2.5, true, "s"));
                m.put("big", 1e16);
                m.put("int_big", 9007199254740993L);
                m.put("x_echo", p.getDouble("x"));
                return EvalResult.of(p.getDouble("x") / 3, 7, m);
            }
        };
        AuditTrail trail = AuditTrail.of(Constraint.of("pos", "x positive", (p, r) -> p.getDouble("x") > 0),
                Constraint.of("nöpe", "always throws", (p, r) -> {
                    throw new IllegalStateException("boom");
                }));
        Target audited = trail.wrap(t, "train");
        List<Params> batch = new ArrayList<>();
        double[] xs = {0.0, -0.0, 1e-05, 0.0001, 123456789012345.0, 1e16, 1.5e-07, 2.5e17, -1e-300, 1.0 / 3};
        for (int i = 0; i < xs.length; i++) {
            batch.add(space.neutral().with("x", xs[i]).with("k", (long) i * 1_000_000_000_007L)
                    .with("flag", i % 2 == 0).with("ünï 😀", i % 3 == 0 ? "a\tb" : "ç\"d\\"));
        }
        try (Evaluator ev = Evaluator.parallel(2)) {
            ev.evaluate(audited, batch);
        }
        Path report = dir.resolve("report.json");
        trail.report("interop", 7L, null).write(report, true);
        String last = trail.report("interop", 7L, null).hashChain().get(xs.length - 1).runHash();
        assertThat(runPython(report)).isEqualTo("OK " + xs.length + " " + last);

        // Edit one digit of the fifth record's fitness: Python must name entry 4.
        String text = Files.readString(report, StandardCharsets.UTF_8);
        int at = text.indexOf("\"call_index\": 4");
        int fit = text.lastIndexOf("\"fitness\": ", at) + "\"fitness\": ".length();
        char c = text.charAt(fit + 1);
        String edited = text.substring(0, fit + 1) + (c == '9' ? '8' : (char) (c + 1)) + text.substring(fit + 2);
        Files.writeString(report, edited, StandardCharsets.UTF_8);
        assertThat(runPython(report)).isEqualTo("BROKEN 4 hash mismatch");
    }

    private static String runPython(Path report) throws IOException, InterruptedException {
        Path script = Path.of("src", "test", "resources", "audit", "verify_chain.py").toAbsolutePath();
        Process p = new ProcessBuilder("python3", script.toString(), report.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
