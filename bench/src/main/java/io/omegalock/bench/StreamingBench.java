package io.omegalock.bench;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.ChainVerdict;
import io.omegalock.audit.StreamingTrail;
import io.omegalock.audit.TrailFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A streaming trail of 1,000,000 quad12 records written through an auditing wrapper whose
 * trail keeps no records in memory, one line per record flushed to the OS, then verified
 * from the file, all in a JVM whose heap is capped at 256 MB: the fork's {@code -Xmx256m}
 * is the test that memory stays bounded, since the file is several times larger.
 *
 * <p>Also a {@code main} for one run outside JMH that prints the times and the peak heap:
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar io.omegalock.bench.StreamingBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class StreamingBench {
    /** Records in the trail. */
    public static final int RECORDS = 1_000_000;

    private Path dir;
    private Path file;

    /** @throws IOException when the temp directory cannot be made */
    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("streambench");
        file = dir.resolve("trail.jsonl");
    }

    /** @throws IOException when the files cannot be removed */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** @return the verdict of the 1M-record trail, intact */
    @Benchmark
    public ChainVerdict streamWriteVerify1M() {
        write(file, RECORDS);
        return verify(file, RECORDS);
    }

    static void write(Path file, int n) {
        try (StreamingTrail stream = StreamingTrail.create(file, StreamingTrail.Durability.FLUSH)) {
            AuditTrail trail = AuditScenarios.quadTrail(n, 11, AuditTrail.builder().retainRecords(false).sink(stream));
            if (trail.size() != n || stream.count() != n) {
                throw new IllegalStateException("expected " + n + " records, trail has " + trail.size()
                        + ", file " + stream.count());
            }
        }
    }

    static ChainVerdict verify(Path file, int n) {
        ChainVerdict v = TrailFile.verify(file);
        if (!(v instanceof ChainVerdict.Intact i) || i.count() != n) {
            throw new IllegalStateException("trail does not verify with " + n + " records: " + v);
        }
        return v;
    }

    /**
     * One timed run, for use outside JMH.
     *
     * @param args optional record count (default 1,000,000)
     * @throws IOException when the temp file cannot be made
     */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : RECORDS;
        Path dir = Files.createTempDirectory("streambench");
        Path file = dir.resolve("trail.jsonl");
        try {
            long t0 = System.nanoTime();
            write(file, n);
            long t1 = System.nanoTime();
            ChainVerdict v = verify(file, n);
            long t2 = System.nanoTime();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("records %d, file %.1f MB, write %.2f s, verify %.2f s, max heap %d MB, "
                            + "peak heap used (sum of pools) %d MB%n%s%n", n, Files.size(file) / 1e6, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, Runtime.getRuntime().maxMemory() >> 20, peak >> 20, v);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
