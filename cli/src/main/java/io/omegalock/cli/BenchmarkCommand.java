package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.benchmark.Benchmark;
import io.omegalock.benchmark.BenchmarkReport;
import io.omegalock.eval.Evaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omega-lock benchmark}: the calibration battery (keyholes × seeds × methods, SPEC §13)
 * and its scorecard. Exit 0 when the battery ran (its rows say which runs passed).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Score the calibration methods on keyholes with known ground truth.")
final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "S1,S2,...", split = ",",
            description = "seeds (default 42,7,100,314,55)")
    List<String> seeds;

    @Option(names = "--json", paramLabel = "OUT.json", description = "write the benchmark artifact")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Long> s = seeds == null ? Benchmark.DEFAULT_SEEDS : parse(seeds);
        BenchmarkReport report;
        try (Evaluator ev = Evaluator.sequential()) {
            report = Benchmark.defaultBattery(s).run(ev);
        }
        spec.commandLine().getOut().print(report.scorecard());
        if (json != null) {
            Artifacts.writeJson(report.toMap(), json);
            spec.commandLine().getOut().println("wrote " + json);
        }
        return Main.OK;
    }

    private static List<Long> parse(List<String> raw) {
        List<Long> out = new ArrayList<>();
        for (String r : raw) {
            try {
                out.add(Long.parseLong(r.strip()));
            } catch (NumberFormatException e) {
                throw new BadInputException("--seeds: '" + r + "' is not an integer seed");
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException("--seeds: give at least one seed");
        }
        return out;
    }
}
