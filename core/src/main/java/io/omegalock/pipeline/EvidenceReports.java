package io.omegalock.pipeline;

import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.gate.Pbo;
import io.omegalock.gate.SeriesMetadata;
import io.omegalock.gate.SharpeRatios;
import io.omegalock.search.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gates that read every search candidate's metadata series: PBO over {@code slice_scores}
 * and DSR over {@code returns}. Failed candidates, and candidates without the series, are left
 * out of the matrix.
 */
final class EvidenceReports {
    private EvidenceReports() {
    }

    static List<GateReport> overCandidates(EvidenceGates ev, List<Candidate> candidates, Candidate selected) {
        List<GateReport> out = new ArrayList<>();
        if (ev.pboMax() != null) {
            Series s = Series.of(candidates, SeriesMetadata.SLICE_SCORES, selected);
            out.add(Pbo.evaluate(s.rows().toArray(new double[0][]), ev.pboMax()));
        }
        if (ev.dsrMin() != null) {
            Series s = Series.of(candidates, SeriesMetadata.RETURNS, selected);
            if (!s.rows().isEmpty() && s.selectedRow() < 0) {
                out.add(new GateReport(SharpeRatios.NAME, GateStatus.FAIL,
                        "FAIL: the selected candidate reports no returns", Map.of("n_candidates", s.rows().size())));
            } else {
                out.add(SharpeRatios.evaluate(s.rows(), Math.max(0, s.selectedRow()), ev.dsrMin()));
            }
        }
        return out;
    }

    /** The candidates' series in evaluation order, and the row of the selected candidate (-1 when absent). */
    private record Series(List<double[]> rows, int selectedRow) {
        static Series of(List<Candidate> candidates, String key, Candidate selected) {
            List<double[]> rows = new ArrayList<>();
            int selectedRow = -1;
            for (Candidate c : candidates) {
                double[] s = c.ok() ? SeriesMetadata.read(c.evaluation().result().metadata(), key) : null;
                if (s == null) {
                    continue;
                }
                if (c == selected) {
                    selectedRow = rows.size();
                }
                rows.add(s);
            }
            return new Series(rows, selectedRow);
        }
    }
}
