package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FmtTest {

    @ParameterizedTest
    @CsvSource({
        "-4.8155, -4.8155",
        "-6.127999999999999, -6.128",
        "8.999999999999996, 9.0",
        "0.30000000000000004, 0.3",
        "1576.9230769217957, 1576.923077",
        "0.9697422147427728, 0.969742",
        "1e-09, 1e-09",
        "1.25e+17, 1.25e+17",
        "0.0013256072998046875, 0.001326",
        "-0.0, -0.0",
        "NaN, NaN",
        "Infinity, Infinity",
    })
    void readableNumbers(double x, String shown) {
        assertThat(Fmt.num(x)).isEqualTo(shown);
    }

    @Test
    void valuesAreExact() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("x", 0.1 + 0.2);
        p.put("n", 5L);
        p.put("flag", false);
        p.put("mode", "fast");
        p.put("list", List.of(1L, 2.5));
        assertThat(Fmt.params(p)).isEqualTo("x=0.30000000000000004, n=5, flag=false, mode=fast, list=[1, 2.5]");
        assertThat(Fmt.params(Map.of())).isEqualTo(Fmt.NONE);
        assertThat(Fmt.count(70L)).isEqualTo("70");
        assertThat(Fmt.count(70.0)).isEqualTo("70.0");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 1, 0",
        "-2, 2, -2",
        "0.5, 0.5, 0.5",
        "-0.25, 0.05, -0.25",
        "20000000000000000, 20000000000000000, 2e+16",
        "120000000000000000, 20000000000000000, 1.2e+17",
        "0.00000015, 0.00000005, 1.5e-07",
    })
    void tickLabelsStayShort(String tick, String step, String label) {
        assertThat(SvgScatter.label(new BigDecimal(tick), new BigDecimal(step))).isEqualTo(label);
    }
}
