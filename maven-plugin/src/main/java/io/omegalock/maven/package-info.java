/**
 * The Maven plugin: goals {@code run}, {@code gate} and {@code verify} bound to the {@code verify}
 * phase, thin shells over the library (and the command line's spec reading) that write the same
 * artifacts as {@code omega-lock run|gate|verify} under {@code target/omega-lock/} and fail the
 * build when a gate fails, listing the failed gates with their reasons.
 */
package io.omegalock.maven;
