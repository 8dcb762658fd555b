/**
 * The gates: the kill criteria KC-1 (time box), KC-2 (stress differentiation), KC-3 (action
 * floor), KC-4 (walk-forward transfer, with a Pearson that reports why it could not be
 * computed), the SC-2 advisory, and the thresholds with their {@code pure_objective} preset.
 * Every gate is a pure function from declared thresholds and measured numbers to a report.
 */
package io.omegalock.gate;
