package io.omegalock.junitxml;

import io.omegalock.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One {@code testsuite}: the gates of one run, verdict or chain check.
 *
 * @param name        the suite name, also every case's {@code classname} (see {@link #nameFor})
 * @param cases       the cases, in gate order
 * @param timeSeconds the wall time of what was judged, or null when there is none to report
 */
public record JUnitSuite(String name, List<JUnitCase> cases, Double timeSeconds) {

    /** @throws BadInputException when the name is blank or the time negative or not finite */
    public JUnitSuite {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new BadInputException("a JUnit test suite needs a name");
        }
        cases = List.copyOf(cases);
        if (timeSeconds != null && !(timeSeconds >= 0 && Double.isFinite(timeSeconds))) {
            throw new BadInputException("a JUnit test suite's time must be finite and >= 0, got " + timeSeconds);
        }
    }

    /**
     * @param name  the suite name
     * @param cases the cases
     * @return a suite without a time
     */
    public static JUnitSuite of(String name, List<JUnitCase> cases) {
        return new JUnitSuite(name, cases, null);
    }

    /**
     * A suite name CI servers display well: {@code omega-lock.COMMAND.STEM}, where STEM is the file
     * name without its extension and with its other dots made underscores, because readers such as
     * Jenkins split a class name at dots into packages.
     *
     * @param command the command or goal, e.g. {@code run}
     * @param file    the spec, score or audit file the suite judges
     * @return the name
     */
    public static String nameFor(String command, Path file) {
        String stem = file.getFileName().toString();
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            stem = stem.substring(0, dot);
        }
        return "omega-lock." + command + "." + stem.replace('.', '_');
    }

    /** @return how many cases failed */
    public int failures() {
        return count(JUnitCase.Outcome.FAILED);
    }

    /** @return how many cases were skipped */
    public int skipped() {
        return count(JUnitCase.Outcome.SKIPPED);
    }

    private int count(JUnitCase.Outcome outcome) {
        return (int) cases.stream().filter(c -> c.outcome() == outcome).count();
    }
}
