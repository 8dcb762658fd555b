package io.omegalock.benchmark;

import io.omegalock.demo.Keyhole;
import io.omegalock.eval.Evaluator;

/**
 * A named calibration method the benchmark can run on a keyhole. {@link BenchmarkMethods}
 * builds the usual ones; anything else can implement this directly.
 */
public interface BenchmarkMethod {

    /** @return the name used in rows, summaries and artifacts */
    String name();

    /**
     * Calibrates one seed of a keyhole. The method may use the keyhole's train and test slices;
     * it must not read the ground truth.
     *
     * @param keyhole   the keyhole
     * @param seed      the seed
     * @param evaluator the evaluation engine to run targets through
     * @return what the method found
     * @throws Exception anything: the benchmark records it as a CRASH row and goes on
     */
    MethodOutcome run(Keyhole keyhole, long seed, Evaluator evaluator) throws Exception;
}
