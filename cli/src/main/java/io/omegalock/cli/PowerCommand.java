package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.gate.power.PowerBattery;
import io.omegalock.gate.power.PowerTable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omega-lock power}: the gate power battery, a seeded simulation of audit situations
 * with known truth, reporting how often each gate passes (docs/GATES.md).
 */
@Command(name = "power", mixinStandardHelpOptions = true,
        description = "Measure how often each transfer gate passes under no transfer, real transfer and lucky winners.")
final class PowerCommand implements Callable<Integer> {

    @Option(names = "--reps", paramLabel = "R", defaultValue = "20000", description = "repetitions per scenario "
            + "(default 20000)")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260501", description = "seed (default 20260501)")
    long seed;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "significance level (default 0.05)")
    double alpha;

    @Option(names = "--json", paramLabel = "OUT.json", description = "write the table as JSON")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (reps < 1) {
            throw new BadInputException("--reps must be >= 1, got " + reps);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new BadInputException("--alpha must be in (0, 1), got " + alpha);
        }
        PowerTable table = PowerBattery.run(reps, seed, alpha);
        spec.commandLine().getOut().print(table.text());
        if (json != null) {
            Artifacts.writeJson(table.toMap(), json);
            spec.commandLine().getOut().println("wrote " + json);
        }
        return Main.OK;
    }
}
