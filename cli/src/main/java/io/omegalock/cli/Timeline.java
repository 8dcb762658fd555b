package io.omegalock.cli;

import java.lang.management.ManagementFactory;

/**
 * Where a command's wall time goes, for measuring start-up and output costs: with
 * {@code -Domegalock.timeline=true} (e.g. {@code JAVA_OPTS}) each phase prints its time since
 * the JVM started to standard error. Off by default, and then free: nothing is loaded for it.
 */
final class Timeline {
    private static final boolean ON = Boolean.getBoolean("omegalock.timeline");

    private Timeline() {
    }

    /** @param phase what just finished */
    static void mark(String phase) {
        if (ON) {
            Clock.print(phase);
        }
    }

    /** Holds the JVM's start time; loaded (with java.management) only when the timeline is on. */
    private static final class Clock {
        private static final long START = ManagementFactory.getRuntimeMXBean().getStartTime();

        static synchronized void print(String phase) {
            System.err.printf("timeline %6d ms  %s (%s)%n", System.currentTimeMillis() - START, phase,
                    Thread.currentThread().getName());
        }
    }
}
