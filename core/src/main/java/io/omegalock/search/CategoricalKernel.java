package io.omegalock.search;

/**
 * The kernel TPE puts on a bool or choice parameter (Optuna's formula). A density with
 * {@code kernels} components (its observations plus the prior) gives every choice the smoothing
 * mass {@code s = priorWeight / kernels} and the observed choice one more unit, then normalizes
 * the row:
 *
 * <pre>
 *   p(observed) = (s + 1) / (1 + C s)        p(other) = s / (1 + C s)        C = choices
 * </pre>
 *
 * The prior component itself is uniform, {@code 1 / C}. More observations shrink the smoothing,
 * so a kernel grows more confident in its own choice as evidence accumulates.
 *
 * @param choices     number of choices, {@code >= 1}
 * @param kernels     components of the density, observations plus the prior, {@code >= 1}
 * @param priorWeight the prior's weight, {@code > 0}
 */
record CategoricalKernel(int choices, int kernels, double priorWeight) {

    /** @throws IllegalArgumentException when a count is below 1 or the weight is not positive */
    CategoricalKernel {
        if (choices < 1 || kernels < 1 || !(priorWeight > 0) || Double.isInfinite(priorWeight)) {
            throw new IllegalArgumentException("categorical kernel needs choices >= 1, kernels >= 1 and a finite "
                    + "prior weight > 0, got choices=" + choices + ", kernels=" + kernels + ", priorWeight=" + priorWeight);
        }
    }

    /** @return the probability an observation's kernel gives its own choice */
    double observed() {
        double s = priorWeight / kernels;
        return (s + 1) / (1 + choices * s);
    }

    /** @return the probability an observation's kernel gives each other choice */
    double other() {
        double s = priorWeight / kernels;
        return s / (1 + choices * s);
    }

    /** @return the probability the prior component gives each choice */
    double prior() {
        return 1.0 / choices;
    }

    /**
     * @param observed the component's observed choice index, or -1 for the prior component
     * @param choice   the choice index asked about
     * @return the component's probability of that choice
     */
    double probability(int observed, int choice) {
        if (observed < 0) {
            return prior();
        }
        return observed == choice ? observed() : other();
    }
}
