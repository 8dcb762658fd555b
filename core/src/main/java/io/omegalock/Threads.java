package io.omegalock;

/** Waiting for threads whose work must be finished before the caller goes on. */
public final class Threads {
    private Threads() {
    }

    /**
     * Waits for a thread to end even when interrupted meanwhile (its work is needed, so the
     * wait cannot be abandoned), then restores the interrupt for the caller to see.
     *
     * @param t the thread
     */
    public static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
