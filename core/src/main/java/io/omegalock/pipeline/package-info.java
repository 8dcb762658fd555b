/**
 * The audit pipeline (P1, and P2 with TPE: one pipeline, the search strategy a parameter) and
 * the iterative coordinate-descent loop, with walk-forward, hybrid re-scoring, feasibility-aware
 * selection, the holdout, and the result artifacts they produce.
 */
package io.omegalock.pipeline;
