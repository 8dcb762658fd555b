package io.omegalock.cli.spec;

import io.omegalock.gate.TransferSample;
import io.omegalock.gate.TransferTest;
import io.omegalock.pipeline.EvidenceGates;
import java.util.List;

/**
 * The opt-in statistical gates of a spec (docs/GATES.md): {@code transfer_test},
 * {@code transfer_alpha}, {@code transfer_sample} ({@code true} or {@code {size, band, seed}}),
 * {@code winner_rank}, {@code pbo: {max}} and {@code dsr: {min}} at the top level. Without any of
 * them the run applies the reference's rules only.
 */
final class EvidenceSection {
    static final List<String> KEYS = List.of("transfer_test", "transfer_alpha", "transfer_sample", "winner_rank", "pbo",
            "dsr");
    private static final List<String> SAMPLE_KEYS = List.of("size", "band", "seed");
    private static final List<String> PBO_KEYS = List.of("max");
    private static final List<String> DSR_KEYS = List.of("min");

    private EvidenceSection() {
    }

    static EvidenceGates parse(SpecMap top) {
        EvidenceGates ref = EvidenceGates.reference();
        TransferTest test = ref.transferTest();
        SpecNode n;
        if ((n = top.opt("transfer_test")) != null) {
            String v = n.asOneOf(List.of("pearson_threshold", "pearson", "spearman", "kendall", "sample"));
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
        TransferSample sample = (n = top.opt("transfer_sample")) == null ? null : sample(n);
        EvidenceGates[] out = new EvidenceGates[1];
        TransferTest t = test;
        Double p = pboMax;
        Double d = dsrMin;
        top.node().validate(() -> out[0] = new EvidenceGates(t, alpha, winnerRank, p, d, ref.seed(), sample));
        return out[0];
    }

    /** {@code true} (the defaults), {@code false} (none) or a mapping {@code {size, band, seed}}. */
    private static TransferSample sample(SpecNode n) {
        if (n.raw() instanceof Boolean b) {
            return b ? TransferSample.of() : null;
        }
        SpecMap m = n.asMap();
        m.allowOnly(SAMPLE_KEYS);
        TransferSample def = TransferSample.of();
        Integer size = m.has("size") ? m.require("size").asInt() : null;
        double band = m.number("band", def.band());
        long seed = m.longInteger("seed", def.seed());
        TransferSample[] out = new TransferSample[1];
        n.validate(() -> out[0] = new TransferSample(size, band, seed));
        return out[0];
    }
}
