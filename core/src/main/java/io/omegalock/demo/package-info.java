/**
 * Demo targets with known ground truth, ported from the reference so that runs over them
 * reproduce the reference's recorded numbers bit for bit: {@link io.omegalock.demo.Quad12}
 * (an analytic ten-parameter target with train / test / holdout slices),
 * {@link io.omegalock.demo.SramBitcell} (a multi-corner SRAM bitcell surrogate with three
 * hard constraints) and {@link io.omegalock.demo.WalkForwardSystem} (the walk-forward case
 * study whose best train score does not transfer). Floating-point terms are evaluated in
 * the reference's order on purpose; reordering them changes the last bits of results.
 */
package io.omegalock.demo;
