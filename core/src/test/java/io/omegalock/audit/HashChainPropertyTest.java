package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any single edit of a trail breaks verification exactly at the edited record. */
class HashChainPropertyTest {

    enum Edit { VALUE, KEY, SWAP_NEXT, DELETE, DELETE_WITH_ENTRY, INSERT }

    @Provide
    Arbitrary<List<AuditRecord>> trails() {
        Arbitrary<AuditRecord> rec = Combinators.combine(
                Arbitraries.doubles(), Arbitraries.longs().between(0, 1000),
                Arbitraries.strings().ofMaxLength(6), Arbitraries.of("grid", "stress", "holdout"))
                .as((f, n, s, ph) -> {
                    Map<String, Object> meta = new LinkedHashMap<>();
                    meta.put("s", s);
                    meta.put("v", List.of(f, n));
                    return new AuditRecord(Map.of("x", f, "n", n), f, n, meta, "2026-11-28T01:45:26+00:00",
                            List.of(), List.of("c"), ph, 0, "train", 0);
                });
        return rec.list().ofMinSize(2).ofMaxSize(12).map(l -> {
            List<AuditRecord> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(l.get(i).withCallIndex(i));
            }
            return out;
        });
    }

    @Property
    void singleEditBreaksAtTheEditedRecord(@ForAll("trails") List<AuditRecord> trail,
                                           @ForAll @IntRange(max = 100) int where, @ForAll Edit edit) {
        List<ChainEntry> chain = HashChain.of(trail);
        assertThat(HashChain.verify(trail, chain)).isEqualTo(new ChainVerdict.Intact(trail.size(),
                chain.get(chain.size() - 1).runHash()));
        List<AuditRecord> edited = new ArrayList<>(trail);
        List<ChainEntry> storedChain = new ArrayList<>(chain);
        int i = where % trail.size();
        AuditRecord r = trail.get(i);
        switch (edit) {
            case VALUE -> edited.set(i, copy(r, addTo(r.metadata(), "s", r.metadata().get("s") + "!")));
            case KEY -> {
                Map<String, Object> m = new LinkedHashMap<>(r.metadata());
                m.put("S", m.remove("s"));
                edited.set(i, copy(r, m));
            }
            case SWAP_NEXT -> {
                i = Math.min(i, trail.size() - 2);
                Collections.swap(edited, i, i + 1);
            }
            case DELETE -> edited.remove(i);
            case DELETE_WITH_ENTRY -> {
                // Dropping the very last record and its entry is undetectable without an anchored last hash.
                i = Math.min(i, trail.size() - 2);
                edited.remove(i);
                storedChain.remove(i);
            }
            case INSERT -> edited.add(i, copy(r, addTo(r.metadata(), "extra", 1L)));
        }
        ChainVerdict v = HashChain.verify(edited, storedChain);
        assertThat(v).isInstanceOf(ChainVerdict.Broken.class);
        assertThat(((ChainVerdict.Broken) v).index()).as(v.toString()).isEqualTo(i);
    }

    private static Map<String, Object> addTo(Map<String, Object> m, String k, Object v) {
        Map<String, Object> out = new LinkedHashMap<>(m);
        out.put(k, v);
        return out;
    }

    private static AuditRecord copy(AuditRecord r, Map<String, Object> meta) {
        return new AuditRecord(r.params(), r.fitness(), r.nTrials(), meta, r.timestampIso(), r.constraintsPassed(),
                r.constraintsFailed(), r.phase(), r.callIndex(), r.targetRole(), r.roundIndex());
    }
}
