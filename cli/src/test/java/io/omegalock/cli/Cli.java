package io.omegalock.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured output, for tests. */
final class Cli {
    private Cli() {
    }

    /**
     * @param code the exit code
     * @param out  what went to stdout
     * @param err  what went to stderr
     */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
