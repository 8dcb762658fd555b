package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.gate.GateScores;
import io.omegalock.gate.GateVerdict;
import io.omegalock.gate.PValues;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferTest;
import io.omegalock.json.PyFloat;
import io.omegalock.junitxml.GateSuites;
import io.omegalock.junitxml.JUnitSuite;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omega-lock gate}: the KC-4 correlation verdict over two score files (the same
 * candidates in the same order). Exit 0 pass, 1 fail, 2 bad input.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Do train scores predict holdout scores? KC-4 correlation verdict over two JSON arrays.")
final class GateCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "A.json", description = "JSON array of train scores")
    Path train;

    @Option(names = "--holdout", required = true, paramLabel = "B.json",
            description = "JSON array of holdout scores, same candidates, same order")
    Path holdout;

    @Option(names = "--pearson-min", paramLabel = "X", description = "correlation threshold (default 0.3)")
    Double pearsonMin;

    @Option(names = "--test", paramLabel = "pearson|spearman|kendall|sample", defaultValue = "pearson",
            description = "pearson: the reference's rule (Pearson >= --pearson-min, default); spearman or kendall: a "
                    + "one-sided permutation test at --alpha; sample: the selection-aware gate over the scores and "
                    + "the pool sample (--sample-train, --sample-holdout)")
    String test;

    @Option(names = "--sample-train", paramLabel = "S.json",
            description = "JSON array of train scores of a pool sample drawn outside the scored candidates "
                    + "(docs/GATES.md); with another --test the sample gate advises")
    Path sampleTrain;

    @Option(names = "--sample-holdout", paramLabel = "T.json",
            description = "JSON array of holdout scores of the same sampled candidates, same order")
    Path sampleHoldout;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "significance level of the permutation tests (default 0.05)")
    double alpha;

    @Option(names = "--json", paramLabel = "OUT.json", description = "write the verdict as JSON")
    Path json;

    @Option(names = "--report", paramLabel = "OUT.html", description = "write an HTML scorecard")
    Path report;

    @Mixin
    JUnitXmlOption junitXml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        double[] a = ScoreFiles.read(train);
        double[] b = ScoreFiles.read(holdout);
        Thresholds t = Thresholds.pureObjective();
        if (pearsonMin != null) {
            t = t.withPearsonMin(pearsonMin);
        }
        if ((sampleTrain == null) != (sampleHoldout == null)) {
            throw new BadInputException("give both --sample-train and --sample-holdout, or neither");
        }
        TransferTest rule = TransferTest.parse(test);
        if (rule == TransferTest.SAMPLE && sampleTrain == null) {
            throw new BadInputException("--test sample needs --sample-train and --sample-holdout");
        }
        GateVerdict v = GateScores.of(a, b, t, rule, alpha, sampleTrain == null ? null : ScoreFiles.read(sampleTrain),
                sampleHoldout == null ? null : ScoreFiles.read(sampleHoldout));
        PrintWriter out = spec.commandLine().getOut();
        out.println("verdict    : " + (v.passed() ? "PASS" : "FAIL"));
        Map<String, Object> d = v.kcReport().detail();
        out.println("test       : " + d.getOrDefault("transfer_test", "pearson_threshold"));
        if (d.get("p_value") instanceof Number p) {
            // A permutation test decided: its statistic and p-value first, Pearson as context.
            out.println(String.format(Locale.ROOT, "%-11s: %s, p-value %s %s alpha %s", d.get("statistic"),
                    PyFloat.format(((Number) d.get(d.get("statistic"))).doubleValue(), 3),
                    PValues.format(p.doubleValue()), Boolean.TRUE.equals(d.get("p_value_ok")) ? "<=" : ">",
                    PyFloat.repr(alpha)));
            out.println("pearson    : " + (v.pearson() == null ? "n/a" : PyFloat.format(v.pearson(), 3))
                    + " (context; not the deciding test)");
        } else {
            out.println("pearson    : " + (v.pearson() == null ? "n/a" : PyFloat.format(v.pearson(), 3))
                    + (rule == TransferTest.PEARSON_THRESHOLD
                    ? " (threshold " + PyFloat.repr(t.pearsonMin()) + ")" : ""));
        }
        out.println("candidates : " + a.length);
        for (String r : v.reasons()) {
            out.println("  - " + r);
        }
        Artifacts.writeOutputs(v.toMap(), json, report, out);
        junitXml.write(() -> List.of(GateSuites.verdict(JUnitSuite.nameFor("gate", holdout), v)), out);
        return v.passed() ? Main.OK : Main.FAILED;
    }
}
