package io.omegalock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An assumption evaluated inside an {@code assertThatThrownBy} (or {@code assertThrows},
 * {@code isThrownBy}, {@code assertThatCode}) lambda throws its "skip" exception into the
 * assertion, which then fails for the wrong reason, or, worse, passes. This scans the test
 * sources of every module for such a lambda that calls an assumption, directly or through a
 * test helper whose body assumes (followed transitively by method name).
 */
class AssumptionPlacementTest {
    private static final Pattern THROWN_BY = Pattern.compile(
            "\\b(assertThatThrownBy|assertThrows|isThrownBy|assertThatCode|assertDoesNotThrow)\\s*\\(");
    private static final Pattern METHOD = Pattern.compile(
            "(?m)^\\s+(?:(?:public|private|protected|static|final|synchronized)\\s+)*[\\w<>\\[\\], ?]+\\s+(\\w+)\\s*\\([^;{]*\\)\\s*(?:throws [\\w., ]+)?\\{");
    /** A call, with its class when it is qualified by one ({@code Fixtures.root(}). */
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])(?:([A-Z]\\w*)\\.)?(\\w+)\\s*\\(");
    private static final Pattern ASSUME = Pattern.compile("\\bassume(True|False|That)?\\s*\\(|\\bAssumptions\\.");

    @Test
    void noAssumptionRunsInsideAThrownByLambda() throws IOException {
        List<Source> sources = testSources();
        Set<String> assuming = assumingMethods(sources);
        assertThat(assuming).as("the scan finds the project's own assuming helpers").contains("External.assumePython");
        List<String> offenders = new ArrayList<>();
        for (Source s : sources) {
            Matcher m = THROWN_BY.matcher(s.text());
            while (m.find()) {
                if (assumes(s, balanced(s.text(), m.end() - 1), assuming)) {
                    offenders.add(s.file() + ":" + line(s.text(), m.start()) + " " + m.group(1));
                }
            }
        }
        assertThat(offenders).as("assumptions inside thrown-by lambdas (move them before the assertion)").isEmpty();
    }

    @Test
    void theScanCatchesDirectAndIndirectAssumptions() {
        Source helpers = new Source(Path.of("Helpers.java"), String.join("\n",
                "final class Helpers {",
                "    static Path dir() {",
                "        assumeTrue(Files.isDirectory(DIR), \"absent\");",
                "        return DIR;",
                "    }",
                "    static Path file(String name) {",
                "        return dir().resolve(name);",
                "    }",
                "}"));
        Source bad = new Source(Path.of("BadTest.java"), String.join("\n",
                "class BadTest {",
                "    private static Path fixture() {",
                "        return Helpers.file(\"x\");",
                "    }",
                "    void t() {",
                "        assertThatThrownBy(() -> read(Helpers.file(\"a\"))).isInstanceOf(X.class);",
                "        assertThatThrownBy(() -> read(fixture())).isInstanceOf(X.class);",
                "        assertThatThrownBy(() -> { Assumptions.assumeTrue(ok); read(); });",
                "        assertThatThrownBy(() -> read(DIR)).isInstanceOf(X.class);",
                "        assertThatThrownBy(() -> Other.file(\"a\")).isInstanceOf(X.class);",
                "    }",
                "}"));
        Set<String> assuming = assumingMethods(List.of(helpers, bad));
        assertThat(assuming).containsExactlyInAnyOrder("Helpers.dir", "Helpers.file", "BadTest.fixture", "BadTest.t");
        Matcher m = THROWN_BY.matcher(bad.text());
        List<Boolean> flagged = new ArrayList<>();
        while (m.find()) {
            flagged.add(assumes(bad, balanced(bad.text(), m.end() - 1), assuming));
        }
        assertThat(flagged).containsExactly(true, true, true, false, false);
    }

    private record Source(Path file, String text) {
        /** @return the simple name of the file's top-level class */
        String className() {
            return file.getFileName().toString().replace(".java", "");
        }
    }

    private static List<Source> testSources() throws IOException {
        Path repo = Fixtures.root().toAbsolutePath().normalize().getParent();
        List<Source> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(repo)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/test/java"))).sorted().toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        out.add(new Source(repo.relativize(f), codeOnly(Files.readString(f))));
                    }
                }
            }
        }
        assertThat(out).as("test sources under " + repo).hasSizeGreaterThan(50);
        return out;
    }

    /**
     * @return {@code Class.method} of every method whose body assumes, directly or by calling
     *     another such method (unqualified calls resolve in the same file, {@code Class.m(...)}
     *     calls in that class's file; calls on instances are not followed)
     */
    private static Set<String> assumingMethods(List<Source> sources) {
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, Source> owners = new HashMap<>();
        for (Source s : sources) {
            Matcher m = METHOD.matcher(s.text());
            while (m.find()) {
                String key = s.className() + "." + m.group(1);
                bodies.merge(key, balanced(s.text(), m.end() - 1), String::concat);
                owners.put(key, s);
            }
        }
        Set<String> assuming = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> method : bodies.entrySet()) {
                if (!assuming.contains(method.getKey())
                        && assumes(owners.get(method.getKey()), method.getValue(), assuming)) {
                    assuming.add(method.getKey());
                    grew = true;
                }
            }
        }
        return assuming;
    }

    /** @return whether {@code code}, in {@code where}, assumes or calls a method that does */
    private static boolean assumes(Source where, String code, Set<String> assuming) {
        if (ASSUME.matcher(code).find()) {
            return true;
        }
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String qualifier = call.group(1);
            if (qualifier == null && assuming.contains(where.className() + "." + call.group(2))
                    || qualifier != null && assuming.contains(qualifier + "." + call.group(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the source with comments and the contents of string and text-block literals blanked
     *     (offsets and line numbers kept), so code quoted in a string is not scanned as code
     */
    private static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        while (i < out.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3) + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < source.length() && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else {
                i++;
                continue;
            }
            end = end <= i ? source.length() : Math.min(end, source.length());
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** @return the text from the bracket at {@code open} to its matching close (strings skipped) */
    private static String balanced(String text, int open) {
        char o = text.charAt(open);
        char c = o == '(' ? ')' : '}';
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == o) {
                depth++;
            } else if (ch == c && --depth == 0) {
                return text.substring(open, i + 1);
            }
        }
        return text.substring(open);
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
