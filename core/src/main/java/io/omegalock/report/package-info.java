/**
 * Scorecards: text (Markdown, terminal-friendly) and self-contained HTML presentations of every
 * artifact kind, ours or the reference's. They show what an artifact says without changing its
 * numbers; the only things computed here are counts, best_any where an artifact lacks it, the
 * drawing aids of the scatter, and the verification of an audit report's stored hash chain.
 */
package io.omegalock.report;
