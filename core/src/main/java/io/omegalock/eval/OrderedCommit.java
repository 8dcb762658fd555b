package io.omegalock.eval;

import java.util.function.Consumer;

/**
 * Lets a wrapper target (the audit trail) publish side effects of an evaluation in candidate
 * order even when the engine evaluates a batch on several threads. Inside a batch the action
 * is held in the candidate's slot and run once every earlier slot has committed; outside a
 * batch it runs at once. This is what makes the trail of an N-thread run identical to the
 * trail of a 1-thread run.
 */
public final class OrderedCommit {
    private static final ThreadLocal<Consumer<Runnable>> SLOT = new ThreadLocal<>();

    private OrderedCommit() {
    }

    /**
     * @param action a side effect that must happen in candidate order (e.g. appending a record)
     */
    public static void submit(Runnable action) {
        Consumer<Runnable> slot = SLOT.get();
        if (slot == null) {
            action.run();
        } else {
            slot.accept(action);
        }
    }

    static void bind(Consumer<Runnable> slot) {
        SLOT.set(slot);
    }

    static void unbind() {
        SLOT.remove();
    }
}
