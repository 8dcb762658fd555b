package io.omegalock.junitxml;

import io.omegalock.BadInputException;
import io.omegalock.gate.GateReport;
import java.util.Objects;

/**
 * One {@code testcase} of a JUnit XML report: a gate and what it decided.
 *
 * @param name    the gate, e.g. {@code KC-4}
 * @param outcome passed, failed or skipped
 * @param message the reason: the {@code message} of a {@code failure} or {@code skipped} element, or the
 *                gate's message kept as {@code system-out} of a passed case; never null
 * @param output  further text for {@code system-out} (e.g. the numbers behind the gate), or null
 */
public record JUnitCase(String name, Outcome outcome, String message, String output) {

    /** How a case ended, in the three states JUnit XML readers show. */
    public enum Outcome {
        /** The gate passed, or is advisory only. */
        PASSED,
        /** The gate failed: the run is not certified. */
        FAILED,
        /** The gate did not apply or was not run. */
        SKIPPED
    }

    /** @throws BadInputException when the name is blank; NullPointerException when the outcome or message is null */
    public JUnitCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        if (name.isBlank()) {
            throw new BadInputException("a JUnit test case needs a name");
        }
    }

    /**
     * @param name    the gate
     * @param message why it passed
     * @return a passed case
     */
    public static JUnitCase passed(String name, String message) {
        return new JUnitCase(name, Outcome.PASSED, message, null);
    }

    /**
     * @param name   the gate
     * @param reason why it failed
     * @return a failed case
     */
    public static JUnitCase failed(String name, String reason) {
        return new JUnitCase(name, Outcome.FAILED, reason, null);
    }

    /**
     * @param name   the gate
     * @param reason why it did not apply
     * @return a skipped case
     */
    public static JUnitCase skipped(String name, String reason) {
        return new JUnitCase(name, Outcome.SKIPPED, reason, null);
    }

    /**
     * A gate report as a case: FAIL fails, SKIP skips, PASS and ADVISORY pass (an advisory never
     * changes a run's status, so it must not turn a build red); the detail goes to {@code system-out}.
     *
     * @param report the gate report
     * @return the case
     */
    public static JUnitCase of(GateReport report) {
        Outcome outcome = switch (report.status()) {
            case FAIL -> Outcome.FAILED;
            case SKIP -> Outcome.SKIPPED;
            case PASS, ADVISORY -> Outcome.PASSED;
        };
        String detail = report.detail().isEmpty() ? null : "detail: " + io.omegalock.json.JsonWriter.toString(
                report.detail(), false);
        return new JUnitCase(report.name(), outcome, report.message(), detail);
    }
}
