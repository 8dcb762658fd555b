package io.omegalock.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ant file-set semantics (the Ant manual's "Patterns" section): what matches and what does not. */
class AntPatternTest {
    @ParameterizedTest
    @CsvSource({
        "audits/**/*.json, audits/a.json, true",
        "audits/**/*.json, audits/2024/q1/a.json, true",
        "audits/**/*.json, audits/a.jsonl, false",
        "audits/**/*.json, other/a.json, false",
        "**/*.jsonl, trail.jsonl, true",
        "**/*.jsonl, x/y/trail.jsonl, true",
        "*.json, x/a.json, false",
        "a?.json, ab.json, true",
        "a?.json, a/.json, false",
        "audits/, audits/x/y.json, true",
        "a+b.json, a+b.json, true",
        "a+b.json, aab.json, false"})
    void antPatternsMatchLikeAntFileSets(String pattern, String path, boolean matches) {
        assertThat(AntPattern.of(pattern).matches(path)).isEqualTo(matches);
    }
}
