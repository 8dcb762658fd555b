/**
 * Search strategies behind one sealed interface: the Cartesian grid, the zooming grid and
 * seeded random search (TPE joins the same family). Each proposes full param maps (locked
 * parameters keep their base values) and evaluates them through the engine in one batch.
 */
package io.omegalock.search;
