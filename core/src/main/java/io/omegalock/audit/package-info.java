/**
 * The audit trail: constraints, the auditing wrapper that records every evaluate call of any
 * target, records and reports in the reference's JSON shape, the SHA-256 hash chain that makes
 * a trail tamper-evident (byte-compatible with the reference), the streaming trail file that
 * survives a crash, and the resume index that lets a run reuse what such a file holds.
 */
package io.omegalock.audit;
