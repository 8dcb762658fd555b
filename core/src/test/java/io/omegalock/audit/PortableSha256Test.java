package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluator;
import io.omegalock.space.Params;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PortableSha256} against the JDK's SHA-256: known answers, every length around the block edges, random splits. */
class PortableSha256Test {

    private static byte[] portable(byte[] message, int... splits) {
        PortableSha256 sha = new PortableSha256();
        int at = 0;
        for (int s : splits) {
            sha.update(message, at, s - at);
            at = s;
        }
        sha.update(message, at, message.length - at);
        byte[] out = new byte[32];
        sha.digest(out);
        return out;
    }

    private static byte[] jdk(byte[] message) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(message);
    }

    @Test
    void knownAnswersOfFips180() {
        assertThat(HexFormat.of().formatHex(portable(new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HexFormat.of().formatHex(portable("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HexFormat.of().formatHex(portable(
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void everyLengthUpToFourBlocksInOneUpdateAndByteByByte() throws Exception {
        Random rnd = new Random(17);
        for (int n = 0; n <= 260; n++) {
            byte[] m = new byte[n];
            rnd.nextBytes(m);
            assertThat(portable(m)).as("length %d", n).isEqualTo(jdk(m));
            PortableSha256 bytewise = new PortableSha256();
            for (byte b : m) {
                bytewise.update(b);
            }
            byte[] out = new byte[32];
            bytewise.digest(out);
            assertThat(out).as("length %d, byte by byte", n).isEqualTo(jdk(m));
        }
    }

    @Test
    void randomMessagesInRandomPiecesAndOneHasherReused() throws Exception {
        Random rnd = new Random(42);
        PortableSha256 reused = new PortableSha256();
        for (int i = 0; i < 2000; i++) {
            byte[] m = new byte[rnd.nextInt(3000)];
            rnd.nextBytes(m);
            int a = m.length == 0 ? 0 : rnd.nextInt(m.length + 1);
            int b = a + (m.length - a == 0 ? 0 : rnd.nextInt(m.length - a + 1));
            assertThat(portable(m, a, b)).isEqualTo(jdk(m));
            reused.update(m, 0, a);
            reused.update(m, a, m.length - a);
            byte[] out = new byte[32];
            reused.digest(out);
            assertThat(out).isEqualTo(jdk(m));
        }
    }

    @Test
    void theChainIsTheSameWithEitherDigest() throws Exception {
        AuditTrail trail = AuditingTargetTest.builder().build();
        AuditingTarget t = trail.wrap(new AuditingTargetTest.Quad(), "train");
        List<Params> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(AuditingTargetTest.p(-5 + (i % 40) * 0.25, i % 10));
        }
        Evaluator.sequential().evaluate(t, batch);
        RecordHasher jdk = new RecordHasher(false);
        RecordHasher portable = new RecordHasher(true);
        for (AuditRecord r : trail.records()) {
            jdk.digestNext(r);
            portable.digestNext(r);
            assertThat(portable.lastHash()).isEqualTo(jdk.lastHash());
        }
        assertThat(jdk.lastHash()).isEqualTo(HashChain.of(trail.records()).get(199).runHash());
    }
}
