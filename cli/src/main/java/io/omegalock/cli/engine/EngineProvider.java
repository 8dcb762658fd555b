package io.omegalock.cli.engine;

import io.omegalock.cli.spec.RunSpec;
import io.omegalock.eval.EvaluationListener;

/**
 * An engine beyond the built-in threads, found with {@link java.util.ServiceLoader} only when
 * {@code --engine NAME} asks for it, so its libraries (Spark) are not loaded by any other
 * command. Implementations are listed in {@code META-INF/services/io.omegalock.cli.engine.EngineProvider}.
 */
public interface EngineProvider {

    /** @return the name {@code --engine} selects it by */
    String name();

    /**
     * Connects and prepares the targets; fails before anything is written when the engine
     * cannot be reached.
     *
     * @param run      the loaded spec
     * @param master   where to run ({@code --master}), or null for the engine's default
     * @param progress hears every committed evaluation
     * @return the engine, ready to evaluate
     * @throws io.omegalock.BadInputException when the master cannot be reached or is malformed
     */
    RunEngine open(RunSpec run, String master, EvaluationListener progress);
}
