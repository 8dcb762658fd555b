package io.omegalock.cli.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.audit.AuditRecord;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.json.CanonicalJson;
import io.omegalock.space.BoolParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.testing.External;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worker targets against small Python workers (test resources {@code workers/}): a good one, and
 * one per way of misbehaving. Each misbehaviour gives a failed evaluation with its reason, and
 * the evaluation after it works again.
 */
class WorkerTargetTest {
    /** x: the answer is -(x - 0.3)^2; bad: the scripts misbehave when it is true. */
    static final ParamSpace SPACE = ParamSpace.of(FloatParam.of("x", 0, 1, 0.5), BoolParam.of("bad", false));

    @BeforeAll
    static void python() {
        External.assumePython();
    }

    static Path script(String name) {
        try {
            return Path.of(WorkerTargetTest.class.getResource("/workers/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static WorkerTarget worker(String script, Duration timeout, int processes) {
        Path s = script(script);
        return new WorkerTarget(SPACE, new WorkerCommand(List.of("python3", s.toString()), s.getParent(), timeout),
                "train", processes, WorkerLog.discard());
    }

    /** The hanging script's deadline: short, yet long enough for python3 to start under load. */
    static final Duration HANG_TIMEOUT = Duration.ofSeconds(3);

    static Params params(double x, boolean bad) {
        return SPACE.params(Map.of("x", x, "bad", bad));
    }

    static Stream<Arguments> misbehaviourFailsOneEvaluationAndTheNextWorks() {
        return Stream.of(
                Arguments.of("crash.py", true, List.of("exited with code 3 before answering request 2",
                        "boom: cannot evaluate x=0.75", "restarted")),
                Arguments.of("garbage.py", true, List.of("sent a line that is not JSON in answer to request 2",
                        "\"this is not json {\"", "killed; restarted")),
                Arguments.of("hang.py", true, List.of("timed out after " + HANG_TIMEOUT.toSeconds() + " s on request 2",
                        "killed; restarted")),
                Arguments.of("wrong_id.py", true, List.of("answered request 2 with id 1002 (out of order)")),
                Arguments.of("no_fitness.py", true, List.of("answered request 2 without a numeric \"fitness\"")),
                Arguments.of("nan.py", false, List.of("returned a non-finite fitness (NaN) for request 2")),
                Arguments.of("error.py", false,
                        List.of("reported an error for request 2: ValueError: x out of the model's range")));
    }

    @ParameterizedTest
    @MethodSource
    void misbehaviourFailsOneEvaluationAndTheNextWorks(String script, boolean restarts, List<String> reason) {
        // Only the hanging script needs a short deadline; the others get room for a slow interpreter
        // start on a loaded machine, which a one-second deadline turned into false failures.
        Duration timeout = script.equals("hang.py") ? HANG_TIMEOUT : Duration.ofSeconds(30);
        try (WorkerTarget w = worker(script, timeout, 1); Evaluator ev = Evaluator.sequential()) {
            Evaluation before = ev.evaluate(w, params(0.25, false));
            Evaluation bad = ev.evaluate(w, params(0.75, true));
            Evaluation after = ev.evaluate(w, params(0.25, false));

            assertThat(before.ok()).as(before.failure()).isTrue();
            assertThat(before.fitness()).isEqualTo(-Math.pow(0.25 - 0.3, 2));
            assertThat(bad.ok()).isFalse();
            assertThat(bad.failure()).startsWith("WorkerException: worker train ");
            for (String part : reason) {
                assertThat(bad.failure()).contains(part);
            }
            assertThat(after.ok()).as(after.failure()).isTrue();
            assertThat(after.result()).isEqualTo(before.result().withMetadata(Map.of("pid", after.result().metadata()
                    .get("pid"))));
            Object pidBefore = before.result().metadata().get("pid");
            Object pidAfter = after.result().metadata().get("pid");
            if (restarts) {
                assertThat(pidAfter).as("a broken worker is replaced").isNotEqualTo(pidBefore);
                assertThat(w.starts()).isEqualTo(2);
            } else {
                assertThat(pidAfter).as("a worker that answered properly keeps serving").isEqualTo(pidBefore);
                assertThat(w.starts()).isEqualTo(1);
            }
        }
    }

    @Test
    void aHangingWorkerIsKilledAtTheTimeout() {
        try (WorkerTarget w = worker("hang.py", Duration.ofMillis(500), 1)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> w.evaluate(params(0.5, true))).isInstanceOf(WorkerException.class)
                    .hasMessageContaining("timed out after 0.5 s");
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
        }
    }

    @Test
    void aWorkerThatNeverReadsCannotBlockALargeRequest() {
        String big = "v".repeat(300_000);
        ParamSpace space = ParamSpace.of(io.omegalock.space.ChoiceParam.of("blob", List.of(big), big));
        Path s = script("deaf.py");
        WorkerCommand cmd = new WorkerCommand(List.of("python3", s.toString()), s.getParent(), Duration.ofSeconds(1));
        try (WorkerTarget w = new WorkerTarget(space, cmd, "train", 1, WorkerLog.discard())) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> w.evaluate(space.neutral())).isInstanceOf(WorkerException.class)
                    .hasMessageContaining("timed out after 1 s on request 1");
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10.0);
        }
    }

    @Test
    void aMissingExecutableIsAFailedEvaluationNamingTheCommand() {
        WorkerCommand cmd = new WorkerCommand(List.of("omega-lock-no-such-worker", "--slice", "train"),
                Path.of(".").toAbsolutePath(), Duration.ofSeconds(5));
        try (WorkerTarget w = new WorkerTarget(SPACE, cmd, "train", 1, WorkerLog.discard());
             Evaluator ev = Evaluator.sequential()) {
            Evaluation e = ev.evaluate(w, params(0.5, false));
            assertThat(e.ok()).isFalse();
            assertThat(e.failure()).contains("worker train cannot start [omega-lock-no-such-worker, --slice, train]")
                    .contains("executable 'omega-lock-no-such-worker' not found (not on PATH)");
            assertThat(ev.evaluate(w, params(0.5, false)).failure()).isEqualTo(e.failure());
        }
    }

    @Test
    void aMissingScriptFileIsACrashWithPythonsMessage() {
        Path dir = script("quad.py").getParent();
        WorkerCommand cmd = new WorkerCommand(List.of("python3", "no_such_worker.py"), dir, Duration.ofSeconds(10));
        try (WorkerTarget w = new WorkerTarget(SPACE, cmd, "test", 1, WorkerLog.discard())) {
            assertThatThrownBy(() -> w.evaluate(params(0.5, false))).isInstanceOf(WorkerException.class)
                    .hasMessageContaining("worker test exited with code 2 before answering request 1")
                    .hasMessageContaining("no_such_worker.py");
        }
    }

    @Test
    void theQuadWorkerAgreesWithTheJavaQuad12BitForBit() throws Exception {
        Path s = script("quad.py");
        for (String role : List.of("train", "test", "holdout")) {
            WorkerCommand cmd = new WorkerCommand(List.of("python3", s.toString(), role), s.getParent(),
                    Duration.ofSeconds(10));
            try (WorkerTarget w = new WorkerTarget(Quad12.space(), cmd, role, 1, WorkerLog.discard())) {
                for (Params p : quadPoints(7)) {
                    EvalResult got = w.evaluate(p);
                    EvalResult want = Quad12.slice(role).evaluate(p);
                    assertThat(CanonicalJson.of(List.of(got.fitness(), got.nTrials(), got.metadata())))
                            .as("%s %s", role, p)
                            .isEqualTo(CanonicalJson.of(List.of(want.fitness(), want.nTrials(), want.metadata())));
                }
            }
        }
    }

    @Test
    void aChattyWorkerNeverBlocksAndItsStderrReachesTheLog() throws Exception {
        AtomicInteger lines = new AtomicInteger();
        List<String> names = new ArrayList<>();
        Path s = script("chatty.py");
        WorkerCommand cmd = new WorkerCommand(List.of("python3", s.toString()), s.getParent(), Duration.ofSeconds(20));
        try (WorkerTarget w = new WorkerTarget(SPACE, cmd, "holdout", 1, (worker, line) -> {
            if (lines.incrementAndGet() == 1) {
                names.add(worker);
            }
        })) {
            for (int i = 0; i < 3; i++) {
                assertThat(w.evaluate(params(0.1 * i, false)).fitness()).isEqualTo(-Math.pow(0.1 * i - 0.3, 2));
            }
        }
        assertThat(lines.get()).isGreaterThanOrEqualTo(4000);
        assertThat(names).containsExactly("holdout");
    }

    @Test
    void closeEndsTheWorkerProcesses() throws Exception {
        long pid;
        try (WorkerTarget w = worker("nan.py", Duration.ofSeconds(10), 1)) {
            pid = ((Number) w.evaluate(params(0.5, false)).metadata().get("pid")).longValue();
            assertThat(ProcessHandle.of(pid)).hasValueSatisfying(h -> assertThat(h.isAlive()).isTrue());
        }
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void aClosedTargetRefusesToEvaluate() {
        WorkerTarget w = worker("nan.py", Duration.ofSeconds(10), 1);
        w.close();
        assertThatThrownBy(() -> w.evaluate(params(0.5, false))).isInstanceOf(WorkerException.class)
                .hasMessage("worker train is closed");
    }

    @Test
    void twoWorkersOnTwoThreadsGiveTheSequentialResultsAndTrail() throws Exception {
        List<Params> batch = quadPoints(40);
        Constraint risk = Constraint.of("risk_lt_2", "", (p, r) -> ((Number) r.metadata().get("risk")).doubleValue() < 2);
        List<String> seq;
        List<String> par;
        List<AuditRecord> seqTrail;
        List<AuditRecord> parTrail;
        Path s = script("quad.py");
        WorkerCommand cmd = new WorkerCommand(List.of("python3", s.toString(), "train"), s.getParent(),
                Duration.ofSeconds(20));
        try (WorkerTarget one = new WorkerTarget(Quad12.space(), cmd, "train", 1, WorkerLog.discard());
             Evaluator ev = Evaluator.sequential()) {
            AuditTrail trail = AuditTrail.of(risk);
            seq = summaries(ev.evaluate(trail.wrap(one, "train"), batch));
            seqTrail = trail.records();
        }
        try (WorkerTarget two = new WorkerTarget(Quad12.space(), cmd, "train", 2, WorkerLog.discard());
             Evaluator ev = Evaluator.parallel(2)) {
            AuditTrail trail = AuditTrail.of(risk);
            par = summaries(ev.evaluate(trail.wrap(two, "train"), batch));
            parTrail = trail.records();
            assertThat(two.processes()).isEqualTo(2);
            assertThat(two.starts()).isBetween(1, 2);
        }
        assertThat(par).isEqualTo(seq);
        assertThat(withoutTimes(parTrail)).isEqualTo(withoutTimes(seqTrail));
    }

    private static List<String> summaries(List<Evaluation> evals) {
        List<String> out = new ArrayList<>();
        for (Evaluation e : evals) {
            assertThat(e.ok()).as(e.failure()).isTrue();
            out.add(CanonicalJson.of(List.of(e.params(), e.fitness(), e.nTrials(), e.result().metadata())));
        }
        return out;
    }

    private static List<String> withoutTimes(List<AuditRecord> records) {
        List<String> out = new ArrayList<>();
        for (AuditRecord r : records) {
            Map<String, Object> m = new LinkedHashMap<>(r.toMap());
            m.remove("timestamp_iso");
            out.add(CanonicalJson.of(m));
        }
        return out;
    }

    /** Deterministic quad12 points covering every kind (floats, ints, bools). */
    static List<Params> quadPoints(int n) {
        List<Params> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("p0", -5.0 + (i * 0.37) % 10);
            v.put("p1", 5.0 - (i * 1.13) % 10);
            v.put("n0", (long) (1 + i % 20));
            v.put("b0", i % 2 == 0);
            v.put("p2", (i % 11) * 0.9 - 4.5);
            v.put("p3", 1.0 / (i + 1));
            v.put("n1", (long) (i % 4));
            v.put("b1", i % 3 == 0);
            v.put("p4", (i % 10) / 10.0);
            v.put("p5", 0.1 + (i % 7) / 10.0);
            out.add(Quad12.space().params(v));
        }
        return out;
    }
}
