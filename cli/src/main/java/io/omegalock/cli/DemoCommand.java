package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.demo.CaseStudy;
import io.omegalock.demo.CaseStudyStory;
import io.omegalock.demo.PhantomStory;
import io.omegalock.demo.SramStory;
import io.omegalock.eval.Evaluator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code omega-lock demo [name]}: deterministic, offline case studies with their numbers. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a built-in case study: walkforward (default), sram or phantom.")
final class DemoCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "walkforward", paramLabel = "NAME",
            description = "walkforward (default), sram or phantom")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Evaluator evaluator = Evaluator.sequential()) {
            switch (name) {
                case "walkforward":
                    CaseStudyStory.print(CaseStudy.run(evaluator), out);
                    return Main.OK;
                case "sram":
                    SramStory.print(SramStory.run(evaluator), out);
                    return Main.OK;
                case "phantom":
                    PhantomStory.print(PhantomStory.run(evaluator), out);
                    return Main.OK;
                default:
                    throw new BadInputException("unknown demo '" + name + "'; available: walkforward, sram, phantom");
            }
        }
    }
}
