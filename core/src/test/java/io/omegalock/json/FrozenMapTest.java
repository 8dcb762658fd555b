package io.omegalock.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FrozenMapTest {

    @Property
    void behavesLikeAnUnmodifiableLinkedHashMap(@ForAll @Size(max = 40) List<@Size(max = 3) String> keys) {
        Map<String, Object> want = new LinkedHashMap<>();
        FrozenMap.Builder<Object> b = FrozenMap.builder(2);
        for (int i = 0; i < keys.size(); i++) {
            Object v = i % 5 == 0 ? null : (Object) (long) i;
            want.put(keys.get(i), v);
            b.put(keys.get(i), v);
        }
        FrozenMap<Object> got = b.build();
        assertThat(got).isEqualTo(want).hasSameHashCodeAs(want);
        assertThat(want).isEqualTo(got);
        assertThat(List.copyOf(got.keySet())).isEqualTo(List.copyOf(want.keySet()));
        assertThat(got.toString()).isEqualTo(want.toString());
        for (String k : keys) {
            assertThat(got.containsKey(k)).isTrue();
            assertThat(got.get(k)).isEqualTo(want.get(k));
        }
        assertThat(got.containsKey("not a key of length <= 3")).isFalse();
        assertThat(FrozenMap.copyOf(want)).isEqualTo(got);
        assertThat(FrozenMap.copyOf(got)).isSameAs(got);
    }

    @Test
    void anObjectReaderReadsSuccessiveShapesAsAParsedMapWould() throws Exception {
        List<String> docs = List.of("{\"a\": 1, \"b\": [2.5], \"c\": null}", "{\"a\": 3, \"b\": {\"x\": 1}, \"c\": \"s\"}",
                "{\"a\": 4, \"c\": 5, \"b\": 6}", "{\"a\": 7, \"b\": 8}", "{\"a\": 9, \"b\": 10, \"c\": 11, \"d\": 12}",
                "{\"a\": 1, \"b\": 2, \"c\": 3, \"a\": 4}", "{\"a\": 1, \"a\": 2, \"b\": 3}", "{}", "{\"a\": 1, \"b\": 2}",
                "{\"b\": 1, \"a\": 2}", "{\"a\": 1, \"b\": 2}");
        Json.ObjectReader reader = new Json.ObjectReader(null);
        FrozenMap<Object> previous = null;
        for (String doc : docs) {
            FrozenMap<Object> got;
            try (com.fasterxml.jackson.core.JsonParser p = Json.parser(doc)) {
                p.nextToken();
                got = reader.read(p);
                assertThat(p.currentToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.END_OBJECT);
                assertThat(p.nextToken()).isNull();
            }
            Map<?, ?> want = (Map<?, ?>) Json.parse(doc);
            assertThat(got).as(doc).isEqualTo(want);
            assertThat(List.copyOf(got.keySet())).as(doc).isEqualTo(List.copyOf(want.keySet()));
            if (previous != null && List.copyOf(previous.keySet()).equals(List.copyOf(got.keySet()))) {
                assertThat(got.keyArray()).as("shares the key array of the same shape").isSameAs(previous.keyArray());
            }
            previous = got;
        }
    }

    @Test
    void cannotBeChangedNorBuiltTwice() {
        FrozenMap.Builder<Object> b = FrozenMap.<Object>builder(1).put("a", 1L);
        FrozenMap<Object> m = b.build();
        assertThatThrownBy(() -> m.put("b", 2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(3L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.put("c", 1L)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sharedKeysAndArraysAreCheckedAndCopied() {
        FrozenMap.Keys keys = FrozenMap.Keys.of(List.of("x", "y"));
        Object[] values = {1.0, 2.0};
        FrozenMap<Object> m = FrozenMap.of(keys, values);
        values[0] = 9.0;
        assertThat(m).isEqualTo(Map.of("x", 1.0, "y", 2.0));
        assertThatThrownBy(() -> FrozenMap.Keys.of(List.of("x", "x"))).hasMessageContaining("'x'");
        assertThatThrownBy(() -> FrozenMap.of(keys, new Object[1])).hasMessageContaining("2 keys but 1 values");
        assertThatThrownBy(() -> FrozenMap.ofArrays(new String[] {"a", "a"}, new Object[2])).hasMessageContaining("'a'");
    }

    @Test
    void keysThatAreNotStringsSurviveToTheWritersMessage() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Object> odd = (Map) new HashMap<>(Map.of(7, "seven"));
        FrozenMap<Object> m = FrozenMap.copyOf(odd);
        assertThat(m).hasSize(1);
        assertThatThrownBy(() -> CanonicalJson.of(Map.of("outer", m)))
                .hasMessageContaining("keys must be strings").hasMessageContaining("outer");
    }
}
