/**
 * Demo targets with known ground truth, ported from the reference so that runs over them
 * reproduce the reference's recorded numbers bit for bit: {@link io.omegalock.demo.Quad12}
 * (an analytic ten-parameter target with train / test / holdout slices),
 * {@link io.omegalock.demo.SramBitcell} (a multi-corner SRAM bitcell surrogate with three
 * hard constraints) and {@link io.omegalock.demo.WalkForwardSystem} (the walk-forward case
 * study whose best train score does not transfer). Floating-point terms are evaluated in
 * the reference's order on purpose; reordering them changes the last bits of results.
 *
 * <p>Also the keyholes, synthetic calibration targets whose hidden structure is known
 * ({@link io.omegalock.demo.Keyhole}, {@link io.omegalock.demo.GroundTruth}):
 * {@link io.omegalock.demo.Phantom} (twelve parameters, three effective) and
 * {@link io.omegalock.demo.PhantomDeep} (twenty parameters, two channels of three). They
 * follow the reference's design but draw their own seeded streams, so their numbers are
 * their own; the structure is what they share with the reference and what the tests check.
 *
 * <p>The stories behind {@code omega-lock demo}: {@link io.omegalock.demo.CaseStudyStory},
 * {@link io.omegalock.demo.SramStory} and {@link io.omegalock.demo.PhantomStory} (the pipeline
 * step by step on Phantom, from the twelve-axis stress table to the zoom rounds).
 */
package io.omegalock.demo;
