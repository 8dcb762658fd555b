package io.omegalock.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * UTC timestamps spelled like Python's {@code datetime.now(timezone.utc).isoformat()}. The
 * date and time down to the second are formatted once per second and reused: a trail stamps
 * many records within one second.
 */
final class Timestamps {
    /** The formatted {@code yyyy-mm-ddThh:mm:ss} of one epoch second. */
    private record Second(long epochSecond, byte[] prefix) {
    }

    private static volatile Second last = new Second(Long.MIN_VALUE, new byte[0]);

    private Timestamps() {
    }

    /**
     * @param t an instant
     * @return e.g. {@code 2026-11-28T01:45:26.754760+00:00}; like Python, the fraction is
     *     omitted when the microseconds are zero
     */
    static String iso(Instant t) {
        Second s = last;
        if (s.epochSecond() != t.getEpochSecond()) {
            s = new Second(t.getEpochSecond(), prefix(t.getEpochSecond()));
            last = s;
        }
        byte[] p = s.prefix();
        int micros = t.getNano() / 1000;
        byte[] b = new byte[p.length + (micros != 0 ? 7 : 0) + 6];
        System.arraycopy(p, 0, b, 0, p.length);
        int i = p.length;
        if (micros != 0) {
            b[i++] = '.';
            for (int k = i + 5; k >= i; k--) {
                b[k] = (byte) ('0' + micros % 10);
                micros /= 10;
            }
            i += 6;
        }
        b[i++] = '+';
        b[i++] = '0';
        b[i++] = '0';
        b[i++] = ':';
        b[i++] = '0';
        b[i] = '0';
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] prefix(long epochSecond) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(32);
        pad(sb, d.getYear(), 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        pad(sb, d.getDayOfMonth(), 2).append('T');
        pad(sb, d.getHour(), 2).append(':');
        pad(sb, d.getMinute(), 2).append(':');
        pad(sb, d.getSecond(), 2);
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
