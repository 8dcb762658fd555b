package io.omegalock.audit;

/**
 * SHA-256 (FIPS 180-4) written for the JVM's quick compiler. The JDK's implementation is the
 * right one wherever the optimizing compiler runs: it replaces the compression function with the
 * CPU's SHA instructions. The command line runs its short-lived JVM with the quick compiler only
 * (start-up matters more there), which has no such replacement and compiles the JDK's array-based
 * rounds into slow code; this one keeps the message schedule in sixteen local variables and
 * unrolls sixteen rounds at a time, about 1.6 times as fast there. The launcher selects it
 * ({@code -Domegalock.sha256=portable}); the digests are identical, which
 * {@code PortableSha256Test} checks against {@link java.security.MessageDigest}.
 *
 * <p>Not thread-safe; reset by every {@link #digest}.
 */
final class PortableSha256 {
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private final byte[] block = new byte[64];
    private int buffered;
    private long total;
    private int h0;
    private int h1;
    private int h2;
    private int h3;
    private int h4;
    private int h5;
    private int h6;
    private int h7;

    PortableSha256() {
        reset();
    }

    private void reset() {
        h0 = 0x6a09e667;
        h1 = 0xbb67ae85;
        h2 = 0x3c6ef372;
        h3 = 0xa54ff53a;
        h4 = 0x510e527f;
        h5 = 0x9b05688c;
        h6 = 0x1f83d9ab;
        h7 = 0x5be0cd19;
        buffered = 0;
        total = 0;
    }

    /** @param b one byte of the message */
    void update(byte b) {
        block[buffered++] = b;
        total++;
        if (buffered == 64) {
            compress(block, 0);
            buffered = 0;
        }
    }

    /**
     * @param b   message bytes
     * @param off first byte
     * @param len how many
     */
    void update(byte[] b, int off, int len) {
        total += len;
        if (buffered > 0) {
            int n = Math.min(len, 64 - buffered);
            System.arraycopy(b, off, block, buffered, n);
            buffered += n;
            off += n;
            len -= n;
            if (buffered < 64) {
                return;
            }
            compress(block, 0);
            buffered = 0;
        }
        while (len >= 64) {
            compress(b, off);
            off += 64;
            len -= 64;
        }
        System.arraycopy(b, off, block, 0, len);
        buffered = len;
    }

    /**
     * Finishes the message and starts a new one.
     *
     * @param out receives the 32-byte digest at offset 0
     */
    void digest(byte[] out) {
        long bits = total * 8;
        update((byte) 0x80);
        while (buffered != 56) {
            update((byte) 0);
        }
        for (int i = 7; i >= 0; i--) {
            update((byte) (bits >>> (8 * i)));
        }
        int[] h = {h0, h1, h2, h3, h4, h5, h6, h7};
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (h[i] >>> 24);
            out[4 * i + 1] = (byte) (h[i] >>> 16);
            out[4 * i + 2] = (byte) (h[i] >>> 8);
            out[4 * i + 3] = (byte) h[i];
        }
        reset();
    }

    private static int word(byte[] b, int o) {
        return (b[o] << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
    }

    private static int s0(int x) {
        return ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    }

    private static int s1(int x) {
        return ((x >>> 17) | (x << 15)) ^ ((x >>> 19) | (x << 13)) ^ (x >>> 10);
    }

    private static int sum0(int a) {
        return ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    }

    private static int sum1(int e) {
        return ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    }

    private static int ch(int e, int f, int g) {
        return (e & f) ^ (~e & g);
    }

    private static int maj(int a, int b, int c) {
        return (a & b) ^ (a & c) ^ (b & c);
    }

    /**
     * One 64-byte block. Sixteen rounds per pass with the working variables renamed instead of
     * shifted, the schedule's sixteen words in locals, advanced in place between passes.
     */
    @SuppressWarnings("checkstyle:MethodLength")
    private void compress(byte[] b, int o) {
        int w0 = word(b, o);
        int w1 = word(b, o + 4);
        int w2 = word(b, o + 8);
        int w3 = word(b, o + 12);
        int w4 = word(b, o + 16);
        int w5 = word(b, o + 20);
        int w6 = word(b, o + 24);
        int w7 = word(b, o + 28);
        int w8 = word(b, o + 32);
        int w9 = word(b, o + 36);
        int w10 = word(b, o + 40);
        int w11 = word(b, o + 44);
        int w12 = word(b, o + 48);
        int w13 = word(b, o + 52);
        int w14 = word(b, o + 56);
        int w15 = word(b, o + 60);
        int a = h0;
        int bb = h1;
        int c = h2;
        int d = h3;
        int e = h4;
        int f = h5;
        int g = h6;
        int h = h7;
        int[] k = K;
        for (int r = 0; ; r += 16) {
            h += sum1(e) + ch(e, f, g) + k[r] + w0;
            d += h;
            h += sum0(a) + maj(a, bb, c);
            g += sum1(d) + ch(d, e, f) + k[r + 1] + w1;
            c += g;
            g += sum0(h) + maj(h, a, bb);
            f += sum1(c) + ch(c, d, e) + k[r + 2] + w2;
            bb += f;
            f += sum0(g) + maj(g, h, a);
            e += sum1(bb) + ch(bb, c, d) + k[r + 3] + w3;
            a += e;
            e += sum0(f) + maj(f, g, h);
            d += sum1(a) + ch(a, bb, c) + k[r + 4] + w4;
            h += d;
            d += sum0(e) + maj(e, f, g);
            c += sum1(h) + ch(h, a, bb) + k[r + 5] + w5;
            g += c;
            c += sum0(d) + maj(d, e, f);
            bb += sum1(g) + ch(g, h, a) + k[r + 6] + w6;
            f += bb;
            bb += sum0(c) + maj(c, d, e);
            a += sum1(f) + ch(f, g, h) + k[r + 7] + w7;
            e += a;
            a += sum0(bb) + maj(bb, c, d);
            h += sum1(e) + ch(e, f, g) + k[r + 8] + w8;
            d += h;
            h += sum0(a) + maj(a, bb, c);
            g += sum1(d) + ch(d, e, f) + k[r + 9] + w9;
            c += g;
            g += sum0(h) + maj(h, a, bb);
            f += sum1(c) + ch(c, d, e) + k[r + 10] + w10;
            bb += f;
            f += sum0(g) + maj(g, h, a);
            e += sum1(bb) + ch(bb, c, d) + k[r + 11] + w11;
            a += e;
            e += sum0(f) + maj(f, g, h);
            d += sum1(a) + ch(a, bb, c) + k[r + 12] + w12;
            h += d;
            d += sum0(e) + maj(e, f, g);
            c += sum1(h) + ch(h, a, bb) + k[r + 13] + w13;
            g += c;
            c += sum0(d) + maj(d, e, f);
            bb += sum1(g) + ch(g, h, a) + k[r + 14] + w14;
            f += bb;
            bb += sum0(c) + maj(c, d, e);
            a += sum1(f) + ch(f, g, h) + k[r + 15] + w15;
            e += a;
            a += sum0(bb) + maj(bb, c, d);
            if (r == 48) {
                break;
            }
            w0 += s1(w14) + w9 + s0(w1);
            w1 += s1(w15) + w10 + s0(w2);
            w2 += s1(w0) + w11 + s0(w3);
            w3 += s1(w1) + w12 + s0(w4);
            w4 += s1(w2) + w13 + s0(w5);
            w5 += s1(w3) + w14 + s0(w6);
            w6 += s1(w4) + w15 + s0(w7);
            w7 += s1(w5) + w0 + s0(w8);
            w8 += s1(w6) + w1 + s0(w9);
            w9 += s1(w7) + w2 + s0(w10);
            w10 += s1(w8) + w3 + s0(w11);
            w11 += s1(w9) + w4 + s0(w12);
            w12 += s1(w10) + w5 + s0(w13);
            w13 += s1(w11) + w6 + s0(w14);
            w14 += s1(w12) + w7 + s0(w15);
            w15 += s1(w13) + w8 + s0(w0);
        }
        h0 += a;
        h1 += bb;
        h2 += c;
        h3 += d;
        h4 += e;
        h5 += f;
        h6 += g;
        h7 += h;
    }
}
