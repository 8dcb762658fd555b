/**
 * Search strategies behind one sealed interface: the Cartesian grid, the zooming grid, seeded
 * random search and the seeded Tree-structured Parzen Estimator. Each proposes full param maps
 * (locked parameters keep their base values) and evaluates them through the engine: the grids
 * and random search in one batch, TPE one trial at a time because each proposal learns from
 * every earlier result.
 */
package io.omegalock.search;
