package io.omegalock.gate;

/**
 * Whether the action-count gates apply. Math, ML and simulation objectives have no
 * "actions" (trades, samples), so their KC-3 and the trade-ratio half of KC-4 are skipped.
 */
public enum ActionGates {
    /** KC-3 and KC-4's trade ratio are checked. */
    CHECKED,
    /** KC-3 reports SKIP; KC-4 checks only the correlation. */
    SKIPPED
}
