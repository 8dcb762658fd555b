package io.omegalock.search;

import java.util.List;
import java.util.Map;

/**
 * A way of proposing and evaluating candidates over the unlocked subspace. The pipeline takes
 * any strategy, so every gate applies to every strategy by construction.
 */
public sealed interface SearchStrategy permits GridSearch, ZoomingGridSearch, RandomSearch, TpeSearch {

    /** @return the method name recorded in artifacts, e.g. {@code grid} */
    String method();

    /**
     * @param ctx what to search
     * @return every evaluated candidate, in evaluation order ({@code idx} from 0)
     */
    List<Candidate> search(SearchContext ctx);

    /** @return the strategy's settings for the artifact */
    Map<String, Object> settings();
}
