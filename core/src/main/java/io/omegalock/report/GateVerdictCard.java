package io.omegalock.report;

import io.omegalock.report.Scorecard.Fact;
import io.omegalock.report.Scorecard.Facts;
import io.omegalock.report.Scorecard.GateRow;
import io.omegalock.report.Scorecard.Gates;
import io.omegalock.report.Scorecard.Tone;
import io.omegalock.report.Scorecard.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecard of a gate verdict ({@code gate_scores}, SPEC §8): the KC-4 correlation between
 * train and holdout scores of the same candidates, with the reasons when it fails.
 */
final class GateVerdictCard {
    private static final String WHERE = "gate verdict";

    private GateVerdictCard() {
    }

    static Scorecard of(Map<String, Object> r) {
        Boolean passed = Fields.bool(r, "passed", WHERE);
        Map<String, Object> kc = Fields.map(r, "kc_report", WHERE);
        List<String> reasons = Fields.strings(r, "reasons", WHERE);
        reasons = reasons == null ? List.of() : reasons;
        List<Object> train = Fields.listOrEmpty(r, "train_scores", WHERE);
        List<Object> holdout = Fields.listOrEmpty(r, "holdout_scores", WHERE);
        Double pearson = Fields.number(r, "pearson", WHERE);
        String pearsonText = pearson == null ? "not computable" : Fmt.num(pearson);
        String pairs = train.size() == holdout.size() ? train.size() + " pairs"
                : train.size() + " train vs " + holdout.size() + " holdout scores";
        Map<String, Object> detail = kc == null ? null : Fields.map(kc, "detail", WHERE + ".kc_report");
        TransferDecision decision = TransferDecision.of(detail, WHERE + ".kc_report.detail");
        String measured = decision != null
                ? "Decided by the " + decision.name() + ": " + decision.numbers() + decision.over(pairs)
                        + ". Pearson(train, holdout) = " + pearsonText + ", for context only."
                : "Pearson(train, holdout) = " + pearsonText + " over " + pairs + ".";
        Verdict verdict;
        if (passed == null) {
            verdict = new Verdict(Tone.WARN, "UNKNOWN", "The artifact does not say whether the gate passed.");
        } else if (passed) {
            verdict = new Verdict(Tone.PASS, "PASS", measured);
        } else {
            String name = kc == null ? null : Fields.text(kc, "name");
            verdict = new Verdict(Tone.FAIL, name == null ? "FAIL" : "FAIL:" + name,
                    decision != null || reasons.isEmpty() ? measured : String.join("; ", reasons));
        }
        List<GateRow> gates = new ArrayList<>();
        if (kc != null) {
            gates.add(RunGates.row(kc, null));
        }
        Map<String, Object> sample = Fields.map(r, "sample_report", WHERE);
        if (sample != null) {
            gates.add(RunGates.row(sample, null));
        }
        List<Fact> transfer = new ArrayList<>();
        transfer.add(new Fact("scores", pairs));
        if (decision != null) {
            transfer.add(new Fact("deciding test", decision.name()));
            transfer.add(new Fact(decision.statistic(), Fmt.num(decision.value())));
            transfer.add(new Fact("p-value", decision.pValue() + (decision.basis() == null ? ""
                    : " (" + decision.basis() + ")")));
            transfer.add(new Fact("alpha", decision.alpha()));
        } else if (kc != null) {
            transfer.add(new Fact("deciding test", "Pearson threshold (KC-4)"));
        }
        transfer.add(new Fact(decision == null ? "Pearson(train, holdout)" : "Pearson(train, holdout), context",
                pearsonText));
        if (detail != null && detail.get("pearson_status") != null) {
            transfer.add(new Fact("Pearson status", Fields.text(detail, "pearson_status")));
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("reasons", reasons.isEmpty() ? "none" : String.join("; ", reasons)));
        if (r.get("schema_version") != null) {
            facts.add(new Fact("schema version", Fields.text(r, "schema_version")));
        }
        return new Scorecard(ArtifactKind.GATE_VERDICT, verdict, new Facts("Verdict", facts, null), null,
                new Gates(gates, gates.isEmpty() ? "No gate report in this artifact." : null), null,
                PipelineCard.transfer("Train vs holdout scores", "train score", "holdout score", "#", train, holdout,
                        "holdout", WHERE + ".scores"),
                new Facts("Transfer", transfer, null), List.of(), PipelineCard.advisories(r, WHERE));
    }
}
