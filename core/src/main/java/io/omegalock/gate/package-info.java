/**
 * The gates: the kill criteria KC-1 (time box), KC-2 (stress differentiation), KC-3 (action
 * floor), KC-4 (walk-forward transfer, with a Pearson that reports why it could not be
 * computed), the SC-2 advisory, and the thresholds with their {@code pure_objective} preset.
 * Opt-in statistical gates: KC-4 with a Spearman or Kendall permutation test
 * ({@link io.omegalock.gate.TransferGates}), the train winner's holdout rank
 * ({@link io.omegalock.gate.WinnerRank}), the probability of backtest overfitting
 * ({@link io.omegalock.gate.Pbo}) and the deflated Sharpe ratio
 * ({@link io.omegalock.gate.SharpeRatios}); {@code docs/GATES.md} has their assumptions and
 * measured power. Every gate is a pure function from declared thresholds and measured numbers to
 * a report.
 */
package io.omegalock.gate;
