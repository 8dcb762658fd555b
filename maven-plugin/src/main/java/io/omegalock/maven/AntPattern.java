package io.omegalock.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style file pattern, as Maven file sets spell them: {@code *} and {@code ?} within a
 * directory name, {@code **} for any number of directories including none, and a trailing
 * {@code /} meaning everything below. Matched against a path relative to the file set's base,
 * with {@code /} separators.
 *
 * @param pattern the pattern as written
 * @param regex   the equivalent regular expression
 */
record AntPattern(String pattern, Pattern regex) {

    /**
     * @param pattern e.g. {@code audits/**}{@code /*.json}
     * @return the compiled pattern
     */
    static AntPattern of(String pattern) {
        String p = pattern.replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        String[] parts = p.split("/", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if ("**".equals(parts[i])) {
                re.append(last ? ".*" : "(?:[^/]*/)*");
                continue;
            }
            for (char c : parts[i].toCharArray()) {
                re.append(c == '*' ? "[^/]*" : c == '?' ? "[^/]" : Pattern.quote(String.valueOf(c)));
            }
            if (!last) {
                re.append('/');
            }
        }
        return new AntPattern(pattern, Pattern.compile(re.toString()));
    }

    /**
     * @param relativePath a path relative to the base, {@code /}-separated
     * @return true when the pattern matches it
     */
    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }
}
