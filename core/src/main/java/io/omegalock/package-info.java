/**
 * Omega-Lock: an audit gate for tuned candidates. The root package holds the exception
 * family and version provenance; each sub-package is one feature (space, target, eval,
 * search, stress, gate, pipeline, audit, report, json, demo). Data flows one way: the space
 * defines candidates, a search proposes them, the evaluation engine scores them through the
 * target, gates judge, the pipeline assembles a result, json and report present it.
 */
package io.omegalock;
