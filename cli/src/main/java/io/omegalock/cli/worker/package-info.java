/**
 * Targets in any language: {@link io.omegalock.cli.worker.WorkerTarget} runs a pool of
 * long-lived worker processes and speaks the JSON-lines worker protocol of SPEC §11 with them
 * (one request line on stdin, one response line on stdout, stderr forwarded to a log). Every
 * failure of a worker is an exception with a reason, recorded by the evaluation engine as a
 * failed evaluation; a broken worker is restarted, and nothing waits past its timeout.
 */
package io.omegalock.cli.worker;
