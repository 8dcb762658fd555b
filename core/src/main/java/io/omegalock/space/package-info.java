/**
 * The parameter space: a sealed family of parameter kinds (float, int, bool, choice) validated
 * at construction, the ordered space, typed full param maps, clipping with Python's
 * round-half-to-even, and the grid axes every grid strategy enumerates.
 */
package io.omegalock.space;
