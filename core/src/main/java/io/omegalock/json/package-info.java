/**
 * JSON the way the Python reference writes it: {@link io.omegalock.json.PyFloat} for Python's
 * number spellings, {@link io.omegalock.json.CanonicalJson} for the byte-exact hashed form,
 * {@link io.omegalock.json.JsonWriter} for artifacts and {@link io.omegalock.json.Json} for
 * reading them back with integers kept apart from floats. One emitter serves every layout so
 * the canonical and artifact forms can never disagree on a number or an escape.
 */
package io.omegalock.json;
