package io.omegalock.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** UTC timestamps spelled like Python's {@code datetime.now(timezone.utc).isoformat()}. */
final class Timestamps {
    private Timestamps() {
    }

    /**
     * @param t an instant
     * @return e.g. {@code 2026-11-28T01:45:26.754760+00:00}; like Python, the fraction is
     *     omitted when the microseconds are zero
     */
    static String iso(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(32);
        pad(sb, d.getYear(), 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        pad(sb, d.getDayOfMonth(), 2).append('T');
        pad(sb, d.getHour(), 2).append(':');
        pad(sb, d.getMinute(), 2).append(':');
        pad(sb, d.getSecond(), 2);
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            pad(sb.append('.'), micros, 6);
        }
        return sb.append("+00:00").toString();
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
