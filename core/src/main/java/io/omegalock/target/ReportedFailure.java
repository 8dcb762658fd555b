package io.omegalock.target;

import java.util.Objects;

/**
 * A failure that happened elsewhere (on a cluster executor) and arrives as its description.
 * Rethrown where the run lives, it is described exactly as the original exception would have
 * been, so a failed evaluation reads the same in the trail whichever engine ran it.
 */
public final class ReportedFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String description;

    /** @param description the original failure as {@link #describe} gave it */
    public ReportedFailure(String description) {
        super(description, null, false, false);
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * How failed evaluations are described in results and trails: the exception's simple class
     * name, then its message ({@code "WorkerException: timed out after 30 s"}).
     *
     * @param error what a target threw
     * @return its description; a {@code ReportedFailure} gives the description it carries
     */
    public static String describe(Throwable error) {
        if (error instanceof ReportedFailure r) {
            return r.description;
        }
        String msg = error.getMessage();
        return error.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
