package io.omegalock.audit;

import io.omegalock.BadInputException;
import io.omegalock.Version;
import io.omegalock.target.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The shared, append-only record of every audited evaluation. Several wrappers (train, test,
 * holdout, validation roles) write into one trail with one {@code call_index} sequence. Call
 * indexes are assigned when a record is committed, and wrappers commit through
 * {@link io.omegalock.eval.OrderedCommit}, so under the parallel evaluator the trail is in
 * candidate order and identical to a one-thread run. Thread-safe.
 */
public final class AuditTrail {
    private final List<Constraint> constraints;
    private final boolean retainArtifacts;
    private final Clock clock;
    private final List<TrailSink> sinks;
    private final ResumeIndex resume;
    private final boolean retainRecords;
    private final ReportAhead ahead;
    private final List<AuditRecord> records = new ArrayList<>();
    private final Outcome[] outcomes;
    private final Outcome allFailed;
    private int committed;

    private AuditTrail(Builder b) {
        Set<String> seen = new HashSet<>();
        for (Constraint c : b.constraints) {
            if (!seen.add(c.name())) {
                throw new BadInputException("duplicate constraint name '" + c.name() + "': constraint names must be unique");
            }
        }
        this.constraints = List.copyOf(b.constraints);
        this.retainArtifacts = b.retainArtifacts;
        this.clock = b.clock;
        this.resume = b.resume;
        this.retainRecords = b.retainRecords;
        this.ahead = b.encodeReportAhead && b.retainRecords ? new ReportAhead(b.aheadLimitBytes) : null;
        List<TrailSink> allSinks = new ArrayList<>(b.sinks);
        if (ahead != null) {
            allSinks.add(ahead);
        }
        this.sinks = List.copyOf(allSinks);
        this.outcomes = constraints.size() <= CACHED_OUTCOMES_UP_TO ? new Outcome[1 << constraints.size()] : null;
        boolean[] all = new boolean[constraints.size()];
        java.util.Arrays.fill(all, true);
        this.allFailed = outcome(all);
    }

    /** Constraint counts up to which every pass/fail combination's lists are shared. */
    static final int CACHED_OUTCOMES_UP_TO = 10;

    /**
     * The constraint names that passed and failed on one call, in declaration order.
     *
     * @param passed names of the passed constraints
     * @param failed names of the failed constraints
     */
    record Outcome(List<String> passed, List<String> failed) {
    }

    /**
     * @param failedMask bit i set when constraint i failed (at most {@link #CACHED_OUTCOMES_UP_TO} constraints)
     * @return the immutable lists of that combination, shared by every record that has it
     */
    Outcome outcome(int failedMask) {
        Outcome o = outcomes[failedMask];
        if (o == null) {
            boolean[] failed = new boolean[constraints.size()];
            for (int i = 0; i < failed.length; i++) {
                failed[i] = (failedMask & (1 << i)) != 0;
            }
            // Racing threads build equal immutable lists; either may win.
            o = outcome(failed);
            outcomes[failedMask] = o;
        }
        return o;
    }

    /**
     * @param failed per constraint, in declaration order, whether it failed
     * @return the lists of passed and failed names
     */
    Outcome outcome(boolean[] failed) {
        List<String> p = new ArrayList<>();
        List<String> f = new ArrayList<>();
        for (int i = 0; i < failed.length; i++) {
            (failed[i] ? f : p).add(constraints.get(i).name());
        }
        return new Outcome(List.copyOf(p), List.copyOf(f));
    }

    /** @return the outcome of a call whose target failed: every constraint failed */
    Outcome allFailed() {
        return allFailed;
    }

    /** @return a builder with no constraints, artifacts dropped, the system UTC clock */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param constraints checked on every call, in this order
     * @return a trail with default options
     * @throws BadInputException when two constraints share a name
     */
    public static AuditTrail of(Constraint... constraints) {
        return builder().constraints(List.of(constraints)).build();
    }

    /**
     * @param target the target to audit
     * @param role   its role in the trail, e.g. {@code train}, {@code test}, {@code holdout}
     * @return a target recording every evaluate call into this trail
     * @throws BadInputException when the role is blank
     */
    public AuditingTarget wrap(Target target, String role) {
        Objects.requireNonNull(target, "target");
        if (role == null || role.isBlank()) {
            throw new BadInputException("target role must be non-blank");
        }
        return new AuditingTarget(this, target, role);
    }

    /** @return the constraints, in declaration order */
    public List<Constraint> constraints() {
        return constraints;
    }

    /** @return whether result artifacts are kept in record metadata under {@code _artifacts} */
    public boolean retainArtifacts() {
        return retainArtifacts;
    }

    /** @return the resume index consulted before evaluating, or null */
    ResumeIndex resume() {
        return resume;
    }

    Clock clock() {
        return clock;
    }

    /** @return whether committed records are kept in memory (see {@link Builder#retainRecords}) */
    public boolean retainsRecords() {
        return retainRecords;
    }

    /**
     * @return a snapshot of the committed records, in call-index order
     * @throws IllegalStateException when the trail keeps no records in memory
     */
    public synchronized List<AuditRecord> records() {
        requireRetained();
        return List.copyOf(records);
    }

    /** @return how many records are committed */
    public synchronized int size() {
        return committed;
    }

    private void requireRetained() {
        if (!retainRecords) {
            throw new IllegalStateException("this audit trail keeps no records in memory (retainRecords(false)); "
                    + "its " + committed + " records went to its sinks only: read a streamed trail back with "
                    + "TrailFile.scan or TrailFile.readVerified");
        }
    }

    /**
     * Assigns the next call index and appends; sinks see records in index order.
     *
     * @param pending a record whose call index is a placeholder
     */
    synchronized void commit(AuditRecord pending) {
        AuditRecord r = pending.withCallIndex(committed);
        if (retainRecords) {
            records.add(r);
        }
        committed++;
        for (TrailSink s : sinks) {
            s.accept(r);
        }
    }

    /**
     * @param method        what produced the trail, e.g. {@code run_p1}
     * @param seed          the run's seed, or null
     * @param stressRanking parameter sensitivities, or null when not measured
     * @return a report over the records committed so far, times from the first and last record
     * @throws IllegalStateException when the trail keeps no records in memory
     */
    public AuditReport report(String method, Long seed, List<StressScore> stressRanking) {
        List<AuditRecord> snapshot = records();
        String now = Timestamps.iso(clock.instant());
        String started = snapshot.isEmpty() ? now : snapshot.get(0).timestampIso();
        String ended = snapshot.isEmpty() ? now : snapshot.get(snapshot.size() - 1).timestampIso();
        return new AuditReport(method, Version.library(), seed, started, ended, constraints, snapshot,
                stressRanking, AuditReport.defaultProvenance(), null);
    }

    /**
     * Writes {@code report(method, seed, stressRanking).write(file, true)}: the pretty report
     * with its hash chain. A trail built with {@link Builder#encodeReportAhead} has laid out its
     * records and chain during the run and only copies them here; the file is the same.
     *
     * @param file          destination, replaced
     * @param method        what produced the trail, e.g. {@code run_p1}
     * @param seed          the run's seed, or null
     * @param stressRanking parameter sensitivities, or null when not measured
     * @throws IllegalStateException        when the trail keeps no records in memory
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public void writeReport(Path file, String method, Long seed, List<StressScore> stressRanking) {
        AuditReport report = report(method, seed, stressRanking);
        report.write(file, ahead == null ? null : ahead.finish(report.runs()));
    }

    /** Options of an {@link AuditTrail}. */
    public static final class Builder {
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<TrailSink> sinks = new ArrayList<>();
        private boolean retainArtifacts;
        private boolean retainRecords = true;
        private boolean encodeReportAhead;
        private long aheadLimitBytes = Runtime.getRuntime().maxMemory() / 8;
        private Clock clock = Clock.systemUTC();
        private ResumeIndex resume;

        private Builder() {
        }

        /**
         * @param cs constraints to add, in order
         * @return this builder
         */
        public Builder constraints(List<Constraint> cs) {
            constraints.addAll(cs);
            return this;
        }

        /**
         * @param c a constraint to add
         * @return this builder
         */
        public Builder constraint(Constraint c) {
            constraints.add(Objects.requireNonNull(c, "constraint"));
            return this;
        }

        /**
         * @param retain keep result artifacts in record metadata under {@code _artifacts}
         * @return this builder
         */
        public Builder retainArtifacts(boolean retain) {
            this.retainArtifacts = retain;
            return this;
        }

        /**
         * A long run that streams its trail to a sink (a {@link StreamingTrail}) can leave its
         * records out of memory, so the run's memory stays constant however many calls it
         * makes. Such a trail has no {@link AuditTrail#records()} and no
         * {@link AuditTrail#report}: the sink holds the trail.
         *
         * @param retain keep every committed record in memory (the default)
         * @return this builder
         */
        public Builder retainRecords(boolean retain) {
            this.retainRecords = retain;
            return this;
        }

        /**
         * Lays out the report's records and hash chain on background threads as they are
         * committed, so that {@link AuditTrail#writeReport} at the end has only bytes to copy:
         * for a run that will write its report, on a machine with a core to spare. Costs the
         * report's size in memory during the run (at most a quarter of the heap; beyond that
         * the report is simply encoded when written). Ignored when records are not retained.
         *
         * @param encode lay out the report during the run
         * @return this builder
         */
        public Builder encodeReportAhead(boolean encode) {
            this.encodeReportAhead = encode;
            return this;
        }

        /** Tests: the bytes each of the two lanes of {@link #encodeReportAhead} may hold. */
        Builder encodeReportAheadLimit(long bytes) {
            this.aheadLimitBytes = bytes;
            return this;
        }

        /**
         * @param c the clock for record timestamps (tests pin it)
         * @return this builder
         */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /**
         * @param sink receives each committed record, e.g. a {@link StreamingTrail}
         * @return this builder
         */
        public Builder sink(TrailSink sink) {
            sinks.add(Objects.requireNonNull(sink, "sink"));
            return this;
        }

        /**
         * @param index records of an earlier run to reuse instead of calling the target again
         * @return this builder
         */
        public Builder resumeFrom(ResumeIndex index) {
            this.resume = Objects.requireNonNull(index, "resume index");
            return this;
        }

        /**
         * @return the trail
         * @throws BadInputException when two constraints share a name (the message names it)
         */
        public AuditTrail build() {
            return new AuditTrail(this);
        }
    }
}
