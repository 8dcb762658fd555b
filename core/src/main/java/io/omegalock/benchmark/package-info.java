/**
 * The calibration benchmark: run calibration methods over keyholes and seeds, score each run
 * against the keyhole's ground truth (recall and precision of the unlocked parameters,
 * distance to the optimum, fitness gap, generalization gap, sample efficiency, wall time,
 * stress-ranking correlation, pass flag), summarise per method, and present a text
 * scorecard and a JSON artifact. A method that throws gives a CRASH row, never an aborted
 * benchmark.
 */
package io.omegalock.benchmark;
