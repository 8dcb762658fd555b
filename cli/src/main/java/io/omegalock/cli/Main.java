package io.omegalock.cli;

import io.omegalock.OmegaLockException;
import io.omegalock.Version;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code omega-lock} command: a thin shell over the library. Exit codes: 0 pass, 1 a gate
 * failed, 2 usage or bad input (a message on stderr, no stack trace unless {@code --debug}).
 */
@Command(name = "omega-lock", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Audit gate for tuned candidates: decides whether a candidate survives declared evidence.")
public final class Main implements Callable<Integer> {
    /** Exit code: passed. */
    public static final int OK = 0;
    /** Exit code: a gate failed. */
    public static final int FAILED = 1;
    /** Exit code: usage error or bad input. */
    public static final int BAD_INPUT = 2;

    /**
     * The subcommands by their {@code @Command} names, in the order help lists them. A command
     * line that names one registers only that one: picocli builds each command's model by
     * reflection when it is registered, and a command's start-up should not pay for the others.
     */
    static final Map<String, Class<?>> COMMANDS = commands(DemoCommand.class, RunCommand.class, GateCommand.class,
            ReportCommand.class, VerifyCommand.class, AuditOptunaCommand.class, BenchmarkCommand.class,
            PowerCommand.class);

    @Option(names = "--debug", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        Timeline.mark("main");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        Timeline.mark("exit " + code);
        System.exit(code);
    }

    /**
     * Runs a command line with the given writers (tests capture them).
     *
     * @param args command-line arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        Class<?> named = COMMANDS.get(firstWord(args));
        if (named != null) {
            cl.addSubcommand(named);
        } else {
            COMMANDS.values().forEach(cl::addSubcommand);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            if (ex instanceof OmegaLockException && !debug) {
                commandLine.getErr().println("omega-lock: " + ex.getMessage());
                commandLine.getErr().flush();
                return BAD_INPUT;
            }
            commandLine.getErr().println("omega-lock: " + ex);
            ex.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return ex instanceof OmegaLockException ? BAD_INPUT : 3;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            m.put(c.getAnnotation(Command.class).name(), c);
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return the first argument that is not an option (the subcommand's name, if any), or null */
    private static String firstWord(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /** Reports the library and Java versions. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"omega-lock " + Version.library() + " (Java " + Version.java() + ")"};
        }
    }
}
