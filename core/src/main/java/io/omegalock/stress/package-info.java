/**
 * Sensitivity measurement: perturb each parameter around the baseline, normalise, rank, and
 * pick the top-K to unlock; plus the Gini coefficient KC-2 reads.
 */
package io.omegalock.stress;
