/**
 * The gate power battery: seeded simulations of audit situations whose truth is known (no
 * transfer, genuine transfer, a lucky winner, selection from many candidates), reporting how
 * often each walk-forward gate passes. {@link io.omegalock.gate.power.PowerBattery#run} is the
 * entry point; {@code docs/GATES.md} holds the measured table and its reading.
 */
package io.omegalock.gate.power;
