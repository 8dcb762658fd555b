package io.omegalock.junit;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.AuditTrail;
import io.omegalock.report.Scorecards;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method an {@link AuditTrail} parameter and, after the test (passed or failed),
 * writes the trail's audit report ({@code audit.json}, with its hash chain) and its HTML scorecard
 * ({@code scorecard.html}) under {@code target/omega-lock/<test class>/<test method>/}, publishing both
 * paths as report entries ({@code omega-lock.audit}, {@code omega-lock.scorecard}) that IDEs and
 * build reports show next to the test. A failing test keeps its evidence too: that is when a
 * reviewer needs it.
 *
 * <p>The directory is {@code target/omega-lock} under the working directory (the module, under
 * Maven Surefire), or the configuration parameter {@value #OUTPUT_DIR}. Each test gets a fresh
 * trail without constraints; a test that declares constraints builds its own trail.
 */
public final class OmegaLockExtension implements ParameterResolver, AfterEachCallback {
    /** The JUnit configuration parameter naming the output directory. */
    public static final String OUTPUT_DIR = "omegalock.junit.outputDir";

    private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(OmegaLockExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AuditTrail.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent(AuditTrail.class, k -> AuditTrail.of(), AuditTrail.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        AuditTrail trail = context.getStore(NS).get(AuditTrail.class, AuditTrail.class);
        if (trail == null) {
            return;
        }
        Path dir = directory(context);
        AuditReport report = trail.report(context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName(), null, null);
        Path audit = dir.resolve("audit.json");
        Path scorecard = dir.resolve("scorecard.html");
        try {
            Files.createDirectories(dir);
            report.write(audit, true);
            Files.writeString(scorecard, Scorecards.html(report.toMap(true)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write the audit report: " + e.getMessage(), e);
        }
        context.publishReportEntry(Map.of("omega-lock.audit", audit.toString(),
                "omega-lock.scorecard", scorecard.toString()));
    }

    /** {@code <base>/<class>/<method>}, with {@code -N} for the N-th invocation of a repeated or parameterized test. */
    private static Path directory(ExtensionContext context) {
        Path base = Path.of(context.getConfigurationParameter(OUTPUT_DIR).orElse("target/omega-lock"));
        String name = context.getRequiredTestMethod().getName();
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        if (invocation.find()) {
            name = name + "-" + invocation.group(1);
        }
        return base.resolve(safe(context.getRequiredTestClass().getName())).resolve(safe(name));
    }

    /** A file name any file system takes: letters, digits, dot, dash and underscore. */
    private static String safe(String s) {
        String out = s.replaceAll("[^A-Za-z0-9._-]+", "_");
        return out.length() > 120 ? out.substring(0, 120) : out;
    }
}
