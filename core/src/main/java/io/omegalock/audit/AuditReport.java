package io.omegalock.audit;

import io.omegalock.BadInputException;
import io.omegalock.Version;
import com.fasterxml.jackson.core.JsonParser;
import io.omegalock.json.Json;
import io.omegalock.json.JsonBuffer;
import io.omegalock.target.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A complete audit trail with its summary, in the reference's artifact shape (SPEC §9), so a
 * report written here loads in the reference and a reference report loads here.
 *
 * @param method           what produced it, e.g. {@code run_p1}
 * @param omegaLockVersion the library version that wrote it
 * @param seed             the run's seed, or null
 * @param startedIso       first record's time (or creation time when empty)
 * @param endedIso         last record's time
 * @param constraints      declared constraints (predicates unavailable after loading)
 * @param runs             the records, in call-index order
 * @param stressRanking    [name, score] pairs, or null when not measured
 * @param provenance       extra top-level fields (java_version, ...); unknown fields of a
 *                         loaded report land here and are written back
 * @param storedChain      the hash chain read from a file, or null (a fresh one is computed
 *                         on writing)
 */
public record AuditReport(String method, String omegaLockVersion, Long seed, String startedIso, String endedIso,
                          List<Constraint> constraints, List<AuditRecord> runs, List<StressScore> stressRanking,
                          Map<String, Object> provenance, List<ChainEntry> storedChain) {

    /** The reference's current schema tag; files without one (0.1.x) are read as well. */
    public static final String SCHEMA_VERSION = "omega-lock.audit-report.v2";

    /** @throws BadInputException when a required field is missing */
    public AuditReport {
        if (method == null || omegaLockVersion == null || startedIso == null || endedIso == null) {
            throw new BadInputException("audit report needs method, omega_lock_version, started_iso and ended_iso");
        }
        constraints = List.copyOf(constraints);
        runs = List.copyOf(runs);
        stressRanking = stressRanking == null ? null : List.copyOf(stressRanking);
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        storedChain = storedChain == null ? null : List.copyOf(storedChain);
    }

    static Map<String, Object> defaultProvenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("java_version", Version.java());
        m.put("implementation", "omega-lock-jvm");
        return m;
    }

    /** @return number of records */
    public int nTotal() {
        return runs.size();
    }

    /** @return records with no failed constraint */
    public int nFeasible() {
        return (int) runs.stream().filter(AuditRecord::feasible).count();
    }

    /** @return feasible / total, 0 when empty */
    public double feasibilityRate() {
        return runs.isEmpty() ? 0.0 : (double) nFeasible() / runs.size();
    }

    /** @return for each declared constraint, in order, how many records passed it */
    public Map<String, Long> constraintPassCounts() {
        // A counter per name, not a boxed update per pass: a report can hold 64,000 records.
        Map<String, long[]> passed = new LinkedHashMap<>();
        constraints.forEach(c -> passed.putIfAbsent(c.name(), new long[1]));
        for (AuditRecord r : runs) {
            for (String name : r.constraintsPassed()) {
                long[] n = passed.get(name);
                if (n != null) {
                    n[0]++;
                }
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        passed.forEach((name, n) -> counts.put(name, n[0]));
        return counts;
    }

    /** @return the feasible record with the highest fitness (first on ties); failed ones never */
    public Optional<AuditRecord> bestFeasible() {
        return best(AuditRecord::feasible);
    }

    /** @return the record with the highest fitness (first on ties); failed ones never */
    public Optional<AuditRecord> bestAny() {
        return best(r -> true);
    }

    private Optional<AuditRecord> best(Predicate<AuditRecord> filter) {
        AuditRecord best = null;
        for (AuditRecord r : runs) {
            if (!r.failed() && filter.test(r) && (best == null || r.fitness() > best.fitness())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return records of one phase (wire name), in order */
    public List<AuditRecord> byPhase(String phase) {
        return runs.stream().filter(r -> r.phase().equals(phase)).toList();
    }

    /** @return records of one phase, in order */
    public List<AuditRecord> byPhase(Phase phase) {
        return byPhase(phase.wireName());
    }

    /** @return records of one target role, in order */
    public List<AuditRecord> byRole(String role) {
        return runs.stream().filter(r -> r.targetRole().equals(role)).toList();
    }

    /** @return records of one iterative round, in order */
    public List<AuditRecord> byRound(long round) {
        return runs.stream().filter(r -> r.roundIndex() == round).toList();
    }

    /** @return the hash chain over {@link #runs()} */
    public List<ChainEntry> hashChain() {
        return HashChain.of(runs);
    }

    /**
     * @return the verdict of the chain stored in the loaded file against the records
     * @throws BadInputException when this report carries no stored chain
     */
    public ChainVerdict verifyStoredChain() {
        if (storedChain == null) {
            throw new BadInputException("audit report has no hash_chain to verify; write it with the chain");
        }
        return HashChain.verify(runs, storedChain);
    }

    /**
     * @param withHashChain add a freshly computed {@code hash_chain}
     * @return the report as nested maps and lists, fields in the reference's order
     */
    public Map<String, Object> toMap(boolean withHashChain) {
        return AuditReportCodec.toMap(this, withHashChain);
    }

    /**
     * @param withHashChain add a freshly computed {@code hash_chain}
     * @return pretty JSON, like the reference's {@code to_json(indent=2)}
     */
    public String toJson(boolean withHashChain) {
        JsonBuffer b = new JsonBuffer(4096 + 1024 * runs.size());
        AuditReportCodec.writePretty(this, withHashChain, b);
        return b.toString();
    }

    /**
     * Streams the pretty JSON (and a final newline) to a file in 64 KiB chunks, records
     * written straight from memory and hashed on the way: the file is never held whole.
     *
     * @param file          destination, replaced
     * @param withHashChain add a freshly computed {@code hash_chain}
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path file, boolean withHashChain) {
        write(file, withHashChain, null);
    }

    /**
     * Writes the report with its chain, its records and chain entries laid out already when
     * {@code ahead} is given.
     *
     * @param file  destination, replaced
     * @param ahead this report's records and chain entries laid out, or null
     */
    void write(Path file, ReportAhead.Encoded ahead) {
        write(file, true, ahead);
    }

    private void write(Path file, boolean withHashChain, ReportAhead.Encoded ahead) {
        try (OutputStream os = Files.newOutputStream(file)) {
            write(os, withHashChain, ahead);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write audit report " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write audit report " + file + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /**
     * Streams the pretty JSON and a final newline, as {@link #write(Path, boolean)} does, to a
     * stream, which is left open.
     *
     * @param out           the destination
     * @param withHashChain add a freshly computed {@code hash_chain}
     * @throws UncheckedIOException when the stream fails
     */
    public void write(OutputStream out, boolean withHashChain) {
        write(out, withHashChain, null);
    }

    private void write(OutputStream out, boolean withHashChain, ReportAhead.Encoded ahead) {
        JsonBuffer b = new JsonBuffer(1 << 17).to(out);
        AuditReportCodec.writePretty(this, withHashChain, ahead, b);
        b.ascii('\n');
        b.flush();
    }

    /**
     * @param json report JSON (this project's or the reference's)
     * @return the report; constraints have unavailable predicates
     * @throws BadInputException when the JSON is invalid or a field is missing or mistyped, naming it
     */
    public static AuditReport fromJson(String json) {
        try (JsonParser p = Json.parser(json)) {
            return AuditReportCodec.read(p, "audit report", "JSON text");
        } catch (IOException e) {
            throw new BadInputException("invalid JSON text: " + Json.describe(e), e);
        }
    }

    /**
     * Reads a report file with a streaming parser: records are built from tokens, so a large
     * report costs its records' memory and not a tree of maps besides.
     *
     * @param file a report file
     * @return the report; constraints have unavailable predicates
     * @throws BadInputException when the file is unreadable, invalid, or a field is wrong, naming file and field
     */
    public static AuditReport read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.parser(in)) {
            return AuditReportCodec.read(p, file.toString(), file.toString());
        } catch (IOException e) {
            throw new BadInputException("cannot read JSON file " + file + ": " + Json.describe(e), e);
        }
    }
}
