package io.omegalock.cli.spec;

import io.omegalock.BadInputException;
import io.omegalock.cli.worker.WorkerCommand;
import io.omegalock.cli.worker.WorkerLog;
import io.omegalock.cli.worker.WorkerTarget;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;
import java.util.List;
import java.util.Objects;

/** A declared target of one role: a worker command or a built-in demo target. */
public sealed interface TargetSpec permits TargetSpec.Command, TargetSpec.Builtin {

    /** @return the role: {@code train}, {@code test}, {@code validation} or {@code holdout} */
    String role();

    /**
     * Creates the target over the spec's space.
     *
     * @param space     the spec's parameter space
     * @param processes worker processes for a command target (ignored by built-ins)
     * @param log       where worker stderr lines go (ignored by built-ins)
     * @return the target; a command target is a {@link WorkerTarget} the caller must close
     */
    Target create(ParamSpace space, int processes, WorkerLog log);

    /**
     * A worker process speaking the worker protocol.
     *
     * @param role    the role
     * @param command argv, working directory (the spec file's directory) and per-evaluation timeout
     */
    record Command(String role, WorkerCommand command) implements TargetSpec {
        /** @throws NullPointerException when a component is missing */
        public Command {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(command, "command");
        }

        @Override
        public Target create(ParamSpace space, int processes, WorkerLog log) {
            return new WorkerTarget(space, command, role, processes, log);
        }
    }

    /**
     * A built-in demo target: {@code sram}, {@code quad12} or {@code walkforward}.
     *
     * @param role  the role
     * @param name  the built-in's name
     * @param slice the data slice for {@code quad12} and {@code walkforward}, null for {@code sram}
     */
    record Builtin(String role, String name, String slice) implements TargetSpec {
        /** The built-in names, in the order messages list them. */
        public static final List<String> NAMES = Builtins.NAMES;

        /** @throws BadInputException when the name or slice is unknown */
        public Builtin {
            Objects.requireNonNull(role, "role");
            Builtins.create(name, slice);
        }

        /** @return the built-in target on its own parameter space */
        public Target target() {
            return Builtins.create(name, slice);
        }

        /**
         * @throws BadInputException when the space does not fit the built-in (names, types or
         *     bounds it cannot evaluate)
         */
        @Override
        public Target create(ParamSpace space, int processes, WorkerLog log) {
            return Builtins.onSpace(target(), name, space);
        }
    }
}
