package io.omegalock.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.OmegaLockException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

    /** Triples written by Python 3's json module (tools/gen_json_cases.py). */
    static Stream<Arguments> matchesPythonJsonDumps() throws IOException {
        List<String> lines;
        try (InputStream in = JsonTest.class.getResourceAsStream("json_cases.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        }
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i + 2 < lines.size(); i += 3) {
            out.add(Arguments.of(i / 3, lines.get(i), lines.get(i + 1), (String) Json.parse(lines.get(i + 2))));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource
    void matchesPythonJsonDumps(int doc, String compact, String canonical, String pretty) {
        Object value = Json.parse(compact);
        assertThat(CanonicalJson.of(value)).as("canonical, document %d", doc).isEqualTo(canonical);
        assertThat(JsonWriter.toString(value, false)).as("compact, document %d", doc).isEqualTo(compact);
        assertThat(JsonWriter.toString(value, true)).as("pretty, document %d", doc).isEqualTo(pretty);
        StringBuilder streamed = new StringBuilder();
        JsonWriter.write(value, streamed, true);
        assertThat(streamed.toString()).isEqualTo(pretty);
    }

    @Test
    void integerLiteralsStayIntegers() {
        Map<?, ?> m = (Map<?, ?>) Json.parse("{\"i\": 5, \"f\": 5.0, \"big\": 123456789012345678901234567890, \"e\": 1E2}");
        assertThat(m.get("i")).isEqualTo(5L);
        assertThat(m.get("f")).isEqualTo(5.0);
        assertThat(m.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(m.get("e")).isEqualTo(100.0);
        assertThat(CanonicalJson.of(m)).isEqualTo("{\"big\": 123456789012345678901234567890, \"e\": 100.0, \"f\": 5.0, \"i\": 5}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nonNumericNumbersAreAccepted() {
        assertThat((List<Object>) Json.parse("[NaN, Infinity, -Infinity]"))
                .containsExactly((Object) Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Test
    void errorsNameTheFileAndPosition(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"a\": 1,\n \"b\": }");
        assertThatThrownBy(() -> Json.parse(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("line 2");
        assertThatThrownBy(() -> Json.parse("[1] 2")).hasMessageContaining("extra content");
    }

    @Test
    void unsupportedValuesAndKeysAreRejectedNamingTheKey() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("when", new Object());
        assertThatThrownBy(() -> CanonicalJson.of(m)).isInstanceOf(OmegaLockException.class)
                .hasMessageContaining("when").hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> CanonicalJson.of(Map.of("outer", Map.of(1, "x"))))
                .hasMessageContaining("keys must be strings").hasMessageContaining("outer");
    }

    @Test
    void keysSortByCodePointNotUtf16Unit() {
        String astral = new String(Character.toChars(0x1F600));
        assertThat(JsonEmitter.compareCodePoints(astral, "\uffff")).isPositive();
        assertThat(JsonEmitter.compareCodePoints("\ue000", "\ud7ff")).isPositive();
        assertThat(JsonEmitter.compareCodePoints("ab", "a")).isPositive();
    }

    @Property
    void canonicalNumbersReadBackToTheSameValue(@ForAll double x, @ForAll long n) {
        List<Object> in = List.of(x, n);
        List<?> back = (List<?>) Json.parse(CanonicalJson.of(in));
        assertThat(Double.doubleToLongBits((Double) back.get(0))).isEqualTo(Double.doubleToLongBits(x));
        assertThat(back.get(1)).isEqualTo(n);
    }

    @Property
    void anyStringRoundTripsAsAsciiJson(@ForAll("unicodeStrings") String s) {
        String json = CanonicalJson.of(Map.of(s, s));
        assertThat(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
        assertThat(Json.parse(json)).isEqualTo(Map.of(s, s));
    }

    @Provide
    Arbitrary<String> unicodeStrings() {
        return Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    }
}
