package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesMetadataTest {

    @Test
    void readsNumbersAndRefusesAnythingElse() {
        Map<String, Object> m = Map.of("slice_scores", List.of(1, 2.5, 3L), "returns", "oops",
                "bad", Arrays.asList(1.0, null));
        assertThat(SeriesMetadata.read(m, SeriesMetadata.SLICE_SCORES)).containsExactly(1, 2.5, 3);
        assertThat(SeriesMetadata.read(m, "absent")).isNull();
        assertThatThrownBy(() -> SeriesMetadata.read(m, SeriesMetadata.RETURNS))
                .isInstanceOf(BadInputException.class).hasMessage("metadata 'returns' must be a list of numbers, got String");
        assertThatThrownBy(() -> SeriesMetadata.read(m, "bad")).hasMessage("metadata 'bad'[1] must be a number, got null");
    }
}
