package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluation;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.EvalResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line stays silent for the first second, then shows counts; quiet means silent. */
class ProgressLineTest {
    private static final ParamSpace SPACE = ParamSpace.of(FloatParam.of("x", 0, 1, 0));

    @Test
    void silentForTheFirstSecondThenCountsEvaluationsAndFailures() throws InterruptedException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        line.evaluated(Evaluation.of(SPACE.neutral(), EvalResult.of(1.0), 0));
        assertThat(buf.size()).isZero();
        Thread.sleep(1_100);
        line.evaluated(Evaluation.of(SPACE.neutral(), EvalResult.of(Double.NaN), 0));
        line.close();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r  evaluations: 2  failed: 1").endsWith(System.lineSeparator());
        assertThat(line.count()).isEqualTo(2);
    }

    @Test
    void disabledLineNeverWrites() throws InterruptedException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        Thread.sleep(1_100);
        line.evaluated(Evaluation.of(SPACE.neutral(), EvalResult.of(1.0), 0));
        line.close();
        assertThat(buf.size()).isZero();
        assertThat(ProgressLine.forTerminal(true).enabled()).isFalse();
    }
}
