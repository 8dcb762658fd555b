/**
 * JUnit 5 and AssertJ support: {@link io.omegalock.junit.OmegaLockAssertions} asserts on pipeline
 * results, gates, verdicts and audit reports with failure messages that carry the gates' reasons,
 * and {@link io.omegalock.junit.OmegaLockExtension} gives a test an audit trail and keeps its
 * audit report and scorecard under {@code target/omega-lock/}.
 */
package io.omegalock.junit;
