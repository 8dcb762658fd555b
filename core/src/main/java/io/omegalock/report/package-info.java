/**
 * Human-readable presentations of artifacts: text scorecards that summarize a report for a
 * reviewer without changing or recomputing any of its numbers beyond simple counts.
 */
package io.omegalock.report;
