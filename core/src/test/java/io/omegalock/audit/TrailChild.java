package io.omegalock.audit;

import io.omegalock.space.Params;
import io.omegalock.target.Phase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for {@link TrailProcessTest}: writes audit records through a
 * {@link StreamingTrail} from a trail that keeps none in memory.
 *
 * <ul>
 * <li>{@code write-verify FILE N}: writes N records, verifies the file, prints
 *     {@code max-heap BYTES} and the verdict, exits 0 when it is intact with N records.</li>
 * <li>{@code write-forever FILE}: writes records until killed, printing {@code flushed K}
 *     every 25 records once record K-1 is in the file, and a {@code ready} line first.</li>
 * </ul>
 */
public final class TrailChild {
    private TrailChild() {
    }

    /** The i-th call of the deterministic sequence both the child and the test replay. */
    static Params call(int i) {
        return AuditingTargetTest.p(-5 + (i % 41) * 0.25, i % 10);
    }

    /**
     * @param args mode, file and (for write-verify) a count
     * @throws Exception when writing fails
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path file = Path.of(args[1]);
        boolean forever = args[0].equals("write-forever");
        long n = forever ? Long.MAX_VALUE : Long.parseLong(args[2]);
        try (StreamingTrail stream = StreamingTrail.create(file, StreamingTrail.Durability.FLUSH)) {
            AuditTrail trail = AuditingTargetTest.builder().clock(java.time.Clock.systemUTC()).retainRecords(false)
                    .sink(stream).build();
            AuditingTarget t = trail.wrap(new AuditingTargetTest.Quad(), "train");
            t.enterPhase(Phase.GRID);
            out.println("ready");
            out.flush();
            for (long i = 0; i < n; i++) {
                try {
                    t.evaluate(call((int) (i % Integer.MAX_VALUE)));
                } catch (IllegalStateException expected) {
                    // Quad fails at x = 4; the trail records the failure.
                }
                if (forever && (i + 1) % 25 == 0) {
                    out.println("flushed " + stream.count());
                    out.flush();
                }
            }
        }
        ChainVerdict v = TrailFile.verify(file);
        out.println("max-heap " + Runtime.getRuntime().maxMemory());
        out.println("file-bytes " + Files.size(file));
        out.println(v);
        System.exit(v instanceof ChainVerdict.Intact i && i.count() == n ? 0 : 1);
    }

    /**
     * @param mainArgs the child's arguments
     * @param heap     the child's -Xmx value, e.g. {@code 64m}
     * @return a started child JVM on this test's class path
     * @throws IOException when it cannot start
     */
    static Process start(String heap, String... mainArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseSerialGC"); // one GC thread: the machine is shared
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(TrailChild.class.getName());
        cmd.addAll(List.of(mainArgs));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
