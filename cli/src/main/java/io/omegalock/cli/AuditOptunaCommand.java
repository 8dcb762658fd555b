package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.cli.worker.WorkerCommand;
import io.omegalock.cli.worker.WorkerLog;
import io.omegalock.cli.worker.WorkerPool;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferSample;
import io.omegalock.gate.TransferTest;
import io.omegalock.json.PyFloat;
import io.omegalock.junitxml.JUnitCase;
import io.omegalock.junitxml.JUnitSuite;
import io.omegalock.optuna.AuditCandidate;
import io.omegalock.optuna.HoldoutScorer;
import io.omegalock.optuna.MissingDriverException;
import io.omegalock.optuna.ScoresFileScorer;
import io.omegalock.optuna.Study;
import io.omegalock.optuna.StudyAudit;
import io.omegalock.optuna.StudyAuditReport;
import io.omegalock.optuna.StudyReader;
import io.omegalock.optuna.StudyReaders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omega-lock audit-optuna}: audits an existing Optuna study straight from its storage
 * (SPEC §12). Exit 0 pass (or skip, with a loud warning), 1 the gate failed, 2 bad input.
 */
@Command(name = "audit-optuna", mixinStandardHelpOptions = true,
        description = "Audit an Optuna study from its storage: top-N holdout transfer, feasibility, gated best.")
final class AuditOptunaCommand implements Callable<Integer> {

    @Option(names = "--storage", required = true, paramLabel = "URL",
            description = "sqlite:///path.db, a path, a journal file, or a postgresql:// / mysql:// URL")
    String storage;

    @Option(names = "--study", paramLabel = "NAME", description = "study name (optional when the storage holds one)")
    String study;

    @Option(names = "--holdout-cmd", arity = "1..*", paramLabel = "ARG",
            description = "worker command (argv) scoring each trial's params on the holdout, in the study's own "
                    + "orientation; it speaks the worker protocol of docs/SPEC-FILE.md")
    List<String> holdoutCmd;

    @Option(names = "--holdout-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "per-trial timeout of the holdout command (default 30)")
    double holdoutTimeout;

    @Option(names = "--holdout-scores", paramLabel = "FILE",
            description = "JSON object mapping trial number -> holdout score, in the study's own orientation")
    Path holdoutScores;

    @Option(names = "--top-n", paramLabel = "N", defaultValue = "10", description = "trials re-evaluated (default 10)")
    int topN;

    @Option(names = "--objective", paramLabel = "I", description = "objective index of a multi-objective study")
    Integer objective;

    @Option(names = "--pearson-min", paramLabel = "X", description = "correlation threshold (default 0.3)")
    Double pearsonMin;

    @Option(names = "--test", paramLabel = "pearson|spearman|kendall|sample", defaultValue = "pearson",
            description = "KC-4's rule: pearson (the reference's, default), spearman or kendall (permutation tests at "
                    + "--alpha), sample (the selection-aware gate over the top N and a pool sample; implies --sample)")
    String test;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "significance level of the permutation tests (default 0.05)")
    double alpha;

    @Option(names = "--sample", description = "also score a train-stratified sample of the other completed trials on "
            + "the holdout and run the selection-aware gate (docs/GATES.md); it advises unless --test sample")
    boolean sample;

    @Option(names = "--sample-size", paramLabel = "N", description = "trials sampled (default: as many as --top-n)")
    Integer sampleSize;

    @Option(names = "--sample-band", paramLabel = "F", description = "share of the completed trials, by train rank "
            + "from the best, the sample is drawn from (default 0.25)")
    Double sampleBand;

    @Option(names = "--sample-seed", paramLabel = "S", description = "seed of the sample draw (default 42)")
    Long sampleSeed;

    @Option(names = "--json", paramLabel = "OUT.json", description = "write the study-audit artifact")
    Path json;

    @Option(names = "--report", paramLabel = "OUT.html", description = "write an HTML scorecard")
    Path report;

    @Mixin
    JUnitXmlOption junitXml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (holdoutCmd != null && holdoutScores != null) {
            throw new BadInputException("give --holdout-cmd or --holdout-scores, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        StudyAudit audit = StudyAudit.withDefaults().withTopN(topN);
        if (pearsonMin != null) {
            audit = audit.withThresholds(Thresholds.pureObjective().withPearsonMin(pearsonMin));
        }
        if (objective != null) {
            audit = audit.withObjective(objective);
        }
        TransferTest rule = TransferTest.parse(test);
        boolean sampled = sample || rule == TransferTest.SAMPLE;
        if (!sampled && (sampleSize != null || sampleBand != null || sampleSeed != null)) {
            throw new BadInputException("--sample-size, --sample-band and --sample-seed need --sample or --test sample");
        }
        if (sampled) {
            TransferSample d = TransferSample.of();
            audit = audit.withSample(new TransferSample(sampleSize, sampleBand == null ? d.band() : sampleBand,
                    sampleSeed == null ? d.seed() : sampleSeed));
        }
        audit = audit.withTransferTest(rule, alpha);
        StudyAuditReport r;
        try (StudyReader reader = open(storage)) {
            Study s = study == null ? reader.readSingleStudy() : reader.read(study);
            if (holdoutCmd != null) {
                WorkerCommand cmd = new WorkerCommand(holdoutCmd, Path.of("").toAbsolutePath(),
                        Duration.ofMillis(Math.round(holdoutTimeout * 1000)));
                try (WorkerPool pool = new WorkerPool(cmd, "holdout", 1, WorkerLog.stderr())) {
                    HoldoutScorer scorer = trial -> pool.evaluate(trial.params()).fitness();
                    r = audit.withHoldout(scorer).run(s);
                }
            } else {
                if (holdoutScores != null) {
                    audit = audit.withHoldout(ScoresFileScorer.load(holdoutScores));
                }
                r = audit.run(s);
            }
        }
        print(r, out);
        Artifacts.writeOutputs(r.toMap(), json, report, out);
        List<JUnitCase> gates = new java.util.ArrayList<>(List.of(JUnitCase.of(r.kcReport())));
        if (r.sample() != null && r.sample().report() != null) {
            gates.add(JUnitCase.of(r.sample().report()));  // KC-4-SAMPLE when the sample gate advises
        }
        junitXml.write(() -> List.of(JUnitSuite.of("omega-lock.audit-optuna." + r.studyName().replace('.', '_'), gates)), out);
        if (r.gateSkipped()) {
            spec.commandLine().getErr().println("WARNING: no holdout scorer: the transfer gate was SKIPPED. 'passed' "
                    + "only means nothing failed; give --holdout-cmd or --holdout-scores for transfer evidence.");
            return Main.OK;
        }
        return r.passed() ? Main.OK : Main.FAILED;
    }

    private static void print(StudyAuditReport r, PrintWriter out) {
        out.println("study         : " + r.studyName() + " (" + r.direction() + ", " + r.nTrialsCompleted() + " of "
                + r.nTrialsTotal() + " trials completed)");
        out.println("verdict       : " + (r.gateSkipped() ? "SKIP (no holdout scorer)" : r.passed() ? "PASS" : "FAIL"));
        out.println("pearson       : " + (r.pearson() == null ? "n/a" : PyFloat.format(r.pearson(), 3)) + " over the top "
                + r.topN() + " (" + r.pearsonStatus() + ")");
        out.println("feasibility   : " + r.feasibilitySource().name().toLowerCase(java.util.Locale.ROOT));
        row(out, "best_any", r.bestAny());
        row(out, "best_feasible", r.bestFeasible());
        row(out, "gated_best", r.gatedBest());
        out.println("  " + r.kcReport().name() + " " + r.kcReport().status() + " " + r.kcReport().message());
        if (r.sample() != null) {
            out.println("sample        : " + r.sample().candidates().size() + " trials at train ranks "
                    + java.util.Arrays.toString(r.sample().ranks()));
            if (r.sample().report() != null) {
                out.println("  " + r.sample().report().name() + " " + r.sample().report().status() + " "
                        + r.sample().report().message());
            }
        }
        if (r.advisory() != null) {
            out.println("advisory      : " + r.advisory());
        }
    }

    private static void row(PrintWriter out, String label, AuditCandidate c) {
        out.println(String.format(java.util.Locale.ROOT, "%-14s: %s", label, c == null ? "none"
                : "trial " + c.number() + ", train " + PyFloat.repr(c.trainValue()) + (c.holdoutValue() == null ? ""
                : ", holdout " + PyFloat.repr(c.holdoutValue())) + ", params " + c.params()));
    }

    /** Opens the storage; a missing JDBC driver is told how to reach this launcher's class path. */
    private static StudyReader open(String storage) {
        try {
            return StudyReaders.open(storage);
        } catch (MissingDriverException e) {
            throw new BadInputException(e.getMessage() + "; with the omega-lock launcher, name the driver's jar in "
                    + "OMEGA_LOCK_CLASSPATH (e.g. OMEGA_LOCK_CLASSPATH=/path/to/mysql-connector-j.jar)", e);
        }
    }
}
