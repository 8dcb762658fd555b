package io.omegalock.report;

import io.omegalock.report.Scorecard.Fact;
import io.omegalock.report.Scorecard.Facts;
import io.omegalock.report.Scorecard.GateRow;
import io.omegalock.report.Scorecard.Gates;
import io.omegalock.report.Scorecard.Scatter;
import io.omegalock.report.Scorecard.Stress;
import io.omegalock.report.Scorecard.Table;
import io.omegalock.report.Scorecard.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecard of an iterative (coordinate descent) result: the final status, every round's
 * gates, the first round's stress ranking (the only round that measures every parameter), and
 * the last round's candidates and walk-forward, which decided the final lock-in.
 */
final class IterativeCard {
    private static final String WHERE = "iterative result";

    private IterativeCard() {
    }

    static Scorecard of(Map<String, Object> r) {
        String status = Fields.string(r, "final_status", WHERE);
        List<Object> rounds = Fields.listOrEmpty(r, "rounds", WHERE);
        List<Map<String, Object>> maps = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            maps.add(Fields.asMap(rounds.get(i), WHERE + ".rounds[" + i + "]"));
        }
        List<GateRow> gates = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            gates.addAll(RunGates.of(maps.get(i), "round " + (i + 1), where(i)));
        }
        String stop = Fields.text(r, "stop_reason");
        Verdict verdict = new Verdict(PipelineCard.tone(status), status == null ? "UNKNOWN" : status,
                RunGates.summary(gates) + "; " + maps.size() + " round" + (maps.size() == 1 ? "" : "s")
                        + (stop == null ? "" : ", stopped: " + stop) + ".");
        List<String> advisories = Fields.strings(r, "advisory_messages", WHERE);
        List<String> notes = new ArrayList<>(advisories == null ? List.of() : advisories);
        String disagreement = RunGates.disagreement(status, gates);
        if (disagreement != null) {
            notes.add(disagreement);
        }
        Gates gateSection = new Gates(gates,
                gates.isEmpty() ? "No gate reports in this artifact." : RunGates.caption(gates));
        if (maps.isEmpty()) {
            String none = "Not run: no rounds in this artifact.";
            return new Scorecard(ArtifactKind.ITERATIVE_RESULT, verdict, facts(r, maps),
                    new Table("best", "best_any vs best_feasible", List.of(), List.of(), none), gateSection,
                    new Stress(List.of(), none),
                    new Scatter("Train vs test fitness", "train fitness", "test fitness", List.of(), true, none),
                    new Facts("Walk-forward", List.of(), none), List.of(), notes);
        }
        int last = maps.size() - 1;
        Map<String, Object> lastRound = maps.get(last);
        String suffix = " (round " + (last + 1) + ")";
        Facts wf = PipelineCard.walkForward(lastRound, where(last), suffix);
        List<Fact> wfFacts = new ArrayList<>(wf.facts());
        if (maps.size() > 1) {
            List<String> byRound = new ArrayList<>();
            for (int i = 0; i < maps.size(); i++) {
                Map<String, Object> w = Fields.map(maps.get(i), "walk_forward", where(i));
                byRound.add(w == null ? "not run" : Fmt.num(Fields.number(w, "pearson", where(i) + ".walk_forward")));
            }
            wfFacts.add(new Fact("Pearson by round", String.join(", ", byRound)));
        }
        return new Scorecard(ArtifactKind.ITERATIVE_RESULT, verdict, facts(r, maps),
                PipelineCard.best(lastRound, where(last), suffix), gateSection,
                PipelineCard.stress(maps.get(0), where(0), "Round 1, which measures every parameter."),
                PipelineCard.scatter(lastRound, where(last), suffix),
                new Facts(wf.title(), wfFacts, wf.note()), List.of(), notes);
    }

    private static String where(int i) {
        return WHERE + ".rounds[" + i + "]";
    }

    private static Facts facts(Map<String, Object> r, List<Map<String, Object>> rounds) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("rounds run", String.valueOf(rounds.size())));
        String stop = Fields.text(r, "stop_reason");
        if (stop != null) {
            f.add(new Fact("stop reason", stop));
        }
        List<Object> locked = Fields.listOrEmpty(r, "locked_in_order", WHERE);
        for (int i = 0; i < locked.size(); i++) {
            Object names = locked.get(i);
            f.add(new Fact("round " + (i + 1) + " locked",
                    names instanceof List<?> l ? joined(l) : Fmt.value(names)));
        }
        numbers(f, r, "fitness_trajectory", "baseline fitness by round");
        numbers(f, r, "round_best_fitness", "best fitness by round");
        Map<String, Object> base = Fields.map(r, "final_baseline", WHERE);
        if (base != null) {
            f.add(new Fact("final params", Fmt.params(base)));
        }
        Map<String, Object> h = Fields.map(r, "holdout_result", WHERE);
        if (h == null) {
            f.add(new Fact("holdout", "not run (no holdout target)"));
        } else {
            String w = WHERE + ".holdout_result";
            StringBuilder sb = new StringBuilder(Fmt.num(Fields.number(h, "fitness", w)));
            sb.append(PipelineCard.trials(h.get("n_trials")));
            Double vsTrain = Fields.number(h, "fitness_vs_last_round_train", w);
            Double vsTest = Fields.number(h, "fitness_vs_last_round_test", w);
            if (vsTrain != null) {
                sb.append("; vs last round train ").append(PipelineCard.signed(vsTrain));
            }
            if (vsTest != null) {
                sb.append("; vs last round test ").append(PipelineCard.signed(vsTest));
            }
            f.add(new Fact("holdout fitness", sb.toString()));
        }
        if (r.get("test_reuse_rounds") != null) {
            f.add(new Fact("test target reused", Fmt.count(r.get("test_reuse_rounds")) + " rounds"));
        }
        Double elapsed = Fields.number(r, "total_elapsed_seconds", WHERE);
        if (elapsed != null) {
            f.add(new Fact("elapsed", Fmt.num(elapsed) + " s"));
        }
        return new Facts("Run", f, null);
    }

    private static void numbers(List<Fact> f, Map<String, Object> r, String key, String label) {
        List<Object> values = Fields.list(r, key, WHERE);
        if (values == null) {
            return;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(Fmt.num(Fields.asNumber(values.get(i), WHERE + "." + key + "[" + i + "]")));
        }
        f.add(new Fact(label, out.isEmpty() ? Fmt.NONE : String.join(", ", out)));
    }

    private static String joined(List<?> l) {
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            out.add(Fmt.value(o));
        }
        return out.isEmpty() ? Fmt.NONE : String.join(", ", out);
    }
}
