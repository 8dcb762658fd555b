/**
 * The target contract: what gets scored ({@link io.omegalock.target.Target}), what a score
 * carries ({@link io.omegalock.target.EvalResult}), adapters from plain functions, and the
 * phase hooks through which the pipeline tells an auditing wrapper where it is.
 */
package io.omegalock.target;
