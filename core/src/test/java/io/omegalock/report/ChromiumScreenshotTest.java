package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.testing.External;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML scorecard as a real browser shows it: headless Chromium renders the page of a
 * pipeline result whose parameter is named {@code <script>alert(1)</script>}, takes a
 * screenshot and dumps the DOM after layout. Skipped where Chromium is not installed
 * ({@code apt-get install -y chromium}). The screenshot is kept under
 * {@code target/scorecards/} for a person to look at.
 */
class ChromiumScreenshotTest {
    private static final Path CHROMIUM = External.CHROMIUM;
    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void chromiumRendersTheHostileScorecardAsText(@TempDir Path dir) throws Exception {
        External.assumeChromium();
        Path page = dir.resolve("scorecard.html");
        Files.writeString(page, Scorecards.html(Artifacts.hostilePipeline()), StandardCharsets.UTF_8);

        Path png = dir.resolve("scorecard.png");
        Result shot = chromium(dir, "shot", page, "--screenshot=" + png, "--window-size=1200,1600");
        assertThat(png).as("screenshot; chromium said: %s", shot.stderr()).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(distinctColours(image)).as("distinct colours").isGreaterThan(50);
        // The banner is FAIL red (#c62828), so the inline CSS was applied.
        int rgb = image.getRGB(100, 40);
        assertThat(new int[] {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255}).containsExactly(0xc6, 0x28, 0x28);
        Path kept = Path.of("target", "scorecards");
        Files.createDirectories(kept);
        Files.copy(png, kept.resolve("hostile-pipeline.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(page, kept.resolve("hostile-pipeline.html"), StandardCopyOption.REPLACE_EXISTING);

        Result dump = chromium(dir, "dom", page, "--dump-dom");
        Document dom = Jsoup.parse(dump.stdout());
        assertThat(dom.select("svg")).hasSize(1);
        assertThat(dom.select("svg circle")).hasSize(10);
        assertThat(dom.select("script")).isEmpty();
        assertThat(dom.select("img")).isEmpty();
        assertThat(dom.select("#verdict .status").text()).isEqualTo("FAIL:KC-4");
        assertThat(dom.select("#best tbody tr").first().text()).contains(Artifacts.SCRIPT_PARAM + "=8.0")
                .contains(Artifacts.IMG_CONSTRAINT);
        assertThat(dump.stdout()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    /**
     * The scorecard of a run failed by its holdout gate, as a reviewer sees it: the red banner
     * names HOLDOUT and counts it, and the Gates table's last row is HOLDOUT with a FAIL chip.
     */
    @Test
    void chromiumShowsTheHoldoutGateThatFailedTheRun(@TempDir Path dir) throws Exception {
        External.assumeChromium();
        Path page = dir.resolve("holdout.html");
        Files.writeString(page, Scorecards.html(ScorecardAgreesWithStatusTest.zoomingGridFailingItsHoldoutGate()),
                StandardCharsets.UTF_8);
        Path png = dir.resolve("holdout.png");
        Result shot = chromium(dir, "shot", page, "--screenshot=" + png, "--window-size=1200,1400");
        assertThat(png).as("screenshot; chromium said: %s", shot.stderr()).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        int rgb = image.getRGB(100, 40);
        assertThat(new int[] {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255}).containsExactly(0xc6, 0x28, 0x28);
        Path kept = Path.of("target", "scorecards");
        Files.createDirectories(kept);
        Files.copy(png, kept.resolve("holdout-gate.png"), StandardCopyOption.REPLACE_EXISTING);

        Document dom = Jsoup.parse(chromium(dir, "dom", page, "--dump-dom").stdout());
        assertThat(dom.select("#verdict .status").text()).isEqualTo("FAIL:HOLDOUT");
        assertThat(dom.select("#verdict .summary").text()).startsWith("Failed: HOLDOUT (fitness ")
                .contains("5 gates: 3 PASS, 1 FAIL, 1 SKIP");
        assertThat(dom.select("#gates tbody tr").last().select("td").eachText()).startsWith("HOLDOUT", "FAIL");
        assertThat(dom.select("#gates tbody tr").last().select(".chip.fail")).hasSize(1);
    }

    private record Result(String stdout, String stderr) {
    }

    /** Runs Chromium with a fresh profile and home, so nothing outside the temp dir is touched. */
    private static Result chromium(Path dir, String name, Path page, String... extra) throws IOException,
            InterruptedException {
        Path home = Files.createDirectories(dir.resolve(name + "-home"));
        Path profile = Files.createDirectories(dir.resolve(name + "-profile"));
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // Only what this test started: the browser and its own helper processes.
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(err));
        }
        String stderr = Files.readString(err);
        assertThat(p.exitValue()).as("chromium exit code; stderr: %s", stderr).isZero();
        return new Result(Files.readString(out), stderr);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }
}
