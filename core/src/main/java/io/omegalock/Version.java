package io.omegalock;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library version, read from the build, for provenance in every artifact. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    /** @return the library version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} */
    public static String library() {
        return VERSION;
    }

    /** @return the running Java version, e.g. {@code 17.0.15} */
    public static String java() {
        return System.getProperty("java.version", "unknown");
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
