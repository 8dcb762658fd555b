package io.omegalock.cli.spec;

import io.omegalock.gate.TransferTest;
import io.omegalock.pipeline.EvidenceGates;
import java.util.List;

/**
 * The opt-in statistical gates of a spec (docs/GATES.md): {@code transfer_test},
 * {@code transfer_alpha}, {@code winner_rank}, {@code pbo: {max}} and {@code dsr: {min}} at the
 * top level. Without any of them the run applies the reference's rules only.
 */
final class EvidenceSection {
    static final List<String> KEYS = List.of("transfer_test", "transfer_alpha", "winner_rank", "pbo", "dsr");
    private static final List<String> PBO_KEYS = List.of("max");
    private static final List<String> DSR_KEYS = List.of("min");

    private EvidenceSection() {
    }

    static EvidenceGates parse(SpecMap top) {
        EvidenceGates ref = EvidenceGates.reference();
        TransferTest test = ref.transferTest();
        SpecNode n;
        if ((n = top.opt("transfer_test")) != null) {
            String v = n.asOneOf(List.of("pearson_threshold", "pearson", "spearman", "kendall"));
            test = TransferTest.parse(v);
        }
        double alpha = top.number("transfer_alpha", ref.alpha());
        boolean winnerRank = top.bool("winner_rank", false);
        Double pboMax = null;
        if ((n = top.opt("pbo")) != null) {
            SpecMap m = n.asMap();
            m.allowOnly(PBO_KEYS);
            pboMax = m.number("max", io.omegalock.gate.Pbo.DEFAULT_MAX_PBO);
        }
        Double dsrMin = null;
        if ((n = top.opt("dsr")) != null) {
            SpecMap m = n.asMap();
            m.allowOnly(DSR_KEYS);
            dsrMin = m.number("min", io.omegalock.gate.SharpeRatios.DEFAULT_MIN_DSR);
        }
        EvidenceGates[] out = new EvidenceGates[1];
        TransferTest t = test;
        Double p = pboMax;
        Double d = dsrMin;
        top.node().validate(() -> out[0] = new EvidenceGates(t, alpha, winnerRank, p, d, ref.seed()));
        return out[0];
    }
}
