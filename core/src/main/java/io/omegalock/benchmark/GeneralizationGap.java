package io.omegalock.benchmark;

import java.util.Objects;

/**
 * How much a train score shrank (or grew) on the test slice, relative to the train score.
 *
 * @param value  {@code |train - test| / max(|train|, 1e-9)}, or 0 with status NO_TEST
 * @param status whether the value is meaningful
 */
public record GeneralizationGap(double value, GapStatus status) {

    /** @throws NullPointerException when status is null */
    public GeneralizationGap {
        Objects.requireNonNull(status, "status");
    }
}
