/**
 * The evaluation engine: batches of candidates evaluated sequentially or on N threads, results
 * and side effects committed in candidate order, and failures (exceptions, non-finite
 * fitness) turned into recorded failed evaluations instead of crashes.
 */
package io.omegalock.eval;
