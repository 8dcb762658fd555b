package io.omegalock.pipeline;

import io.omegalock.Version;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the coordinate-descent loop.
 *
 * @param finalStatus         PASS only if every round passed, else {@code FAIL:round<k>} or {@code FAIL:no_rounds}
 * @param stopReason          max_rounds, kc_fail, too_few_params, no_improvement or no_grid_best
 * @param totalElapsedSeconds wall time
 * @param config              the config
 * @param rounds              each round's pipeline result
 * @param lockedInOrder       names locked per round
 * @param fitnessTrajectory   baseline fitness at the start of each round
 * @param roundBestFitness    each round's selected fitness
 * @param finalBaseline       all values after the last lock
 * @param holdout             the holdout block, or null
 * @param testReused          a test target was consulted for selection in every round
 * @param advisories          plain-language warnings about the evidence
 */
public record IterativeResult(String finalStatus, String stopReason, double totalElapsedSeconds,
                              IterativeConfig config, List<PipelineResult> rounds, List<List<String>> lockedInOrder,
                              List<Double> fitnessTrajectory, List<Double> roundBestFitness, Params finalBaseline,
                              Map<String, Object> holdout, boolean testReused, List<String> advisories) {

    /** Copies the lists. */
    public IterativeResult {
        rounds = List.copyOf(rounds);
        lockedInOrder = List.copyOf(lockedInOrder);
        fitnessTrajectory = List.copyOf(fitnessTrajectory);
        roundBestFitness = List.copyOf(roundBestFitness);
        advisories = List.copyOf(advisories);
    }

    /** @return true when the final status is PASS */
    public boolean passed() {
        return "PASS".equals(finalStatus);
    }

    /** @return the reference's iterative artifact */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("final_status", finalStatus);
        m.put("stop_reason", stopReason);
        m.put("total_elapsed_seconds", totalElapsedSeconds);
        m.put("locked_in_order", lockedInOrder);
        m.put("fitness_trajectory", fitnessTrajectory);
        m.put("round_best_fitness", roundBestFitness);
        m.put("final_baseline", finalBaseline.asMap());
        List<Object> r = new ArrayList<>();
        for (PipelineResult p : rounds) {
            r.add(p.toMap());
        }
        m.put("rounds", r);
        m.put("holdout_result", holdout);
        m.put("selection_reused_test_target", testReused);
        m.put("test_reuse_rounds", testReused ? rounds.size() : 0);
        m.put("holdout_recommended", testReused && holdout == null);
        m.put("holdout_present", holdout != null);
        m.put("advisory_messages", advisories);
        m.put("schema_version", "omega-lock.iterative-result.v2");
        m.put("config", config.toMap());
        m.put("omega_lock_version", Version.library());
        m.put("java_version", Version.java());
        return m;
    }
}
