package io.omegalock.demo;

import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;

/**
 * A synthetic calibration target with known ground truth: many parameters, few of which
 * matter, over seeded event streams. The same seed always gives the same slices and the same
 * ground truth; train, test and holdout of one seed differ only in their noise.
 */
public interface Keyhole {

    /** @return the name used in benchmark rows and artifacts, e.g. {@code phantom} */
    String name();

    /** @return the parameters every slice accepts, effective ones and decoys alike */
    ParamSpace space();

    /**
     * @param slice which slice
     * @param seed  the keyhole seed
     * @return a deterministic target over that slice's event stream
     * @throws io.omegalock.BadInputException when slice is null
     */
    Target slice(KeyholeSlice slice, long seed);

    /**
     * @param seed the keyhole seed
     * @return the structure a method should rediscover, with the exact optimum of this seed's
     *     train slice
     */
    GroundTruth groundTruth(long seed);

    /** @return {@code slice(TRAIN, seed)} */
    default Target train(long seed) {
        return slice(KeyholeSlice.TRAIN, seed);
    }

    /** @return {@code slice(TEST, seed)} */
    default Target test(long seed) {
        return slice(KeyholeSlice.TEST, seed);
    }

    /** @return {@code slice(HOLDOUT, seed)} */
    default Target holdout(long seed) {
        return slice(KeyholeSlice.HOLDOUT, seed);
    }
}
