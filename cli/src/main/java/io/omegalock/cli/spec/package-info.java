/**
 * Run spec files (SPEC §11): {@link io.omegalock.cli.spec.SpecFile#load} reads a YAML or JSON
 * spec, checks every key (errors name the file and the key path), compiles the constraint
 * expressions with CEL, and returns a {@link io.omegalock.cli.spec.RunSpec} from which a run is
 * built: the parameter space, the targets by role (worker commands or built-ins), the
 * constraints, the pipeline configuration and the optional iterative settings.
 */
package io.omegalock.cli.spec;
