package io.omegalock.cli.spec;

import io.omegalock.audit.Constraint;
import io.omegalock.cli.worker.WorkerLog;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.space.ParamSpace;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A loaded and validated spec file: everything the {@code run} command needs to build a run.
 * Constraint expressions are compiled (or compiling, see {@link SpecFile#loadConcurrently});
 * targets are declared but not started (see {@link #openTargets}).
 */
public final class RunSpec {
    private final Path file;
    private final ParamSpace space;
    private final SpecTargets targets;
    private final List<ConstraintSpec> constraintSpecs;
    private final CompletableFuture<List<Constraint>> constraints;
    private final PipelineConfig config;
    private final IterativeConfig iterative;

    RunSpec(Path file, ParamSpace space, SpecTargets targets, List<ConstraintSpec> constraintSpecs,
            CompletableFuture<List<Constraint>> constraints, PipelineConfig config, IterativeConfig iterative) {
        this.file = Objects.requireNonNull(file, "file");
        this.space = Objects.requireNonNull(space, "space");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.constraintSpecs = List.copyOf(constraintSpecs);
        this.constraints = Objects.requireNonNull(constraints, "constraints");
        this.config = Objects.requireNonNull(config, "config");
        this.iterative = iterative;
    }

    /** @return the spec file, as given to {@link SpecFile#load} */
    public Path file() {
        return file;
    }

    /** @return the spec file's directory (absolute): worker commands start there */
    public Path directory() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().normalize() : parent;
    }

    /** @return the parameter space */
    public ParamSpace space() {
        return space;
    }

    /** @return the declared targets by role */
    public SpecTargets targets() {
        return targets;
    }

    /** @return the constraints as declared (name, CEL expression, description) */
    public List<ConstraintSpec> constraintSpecs() {
        return constraintSpecs;
    }

    /**
     * @return the compiled constraints, in declared order, ready for an
     *     {@link io.omegalock.audit.AuditTrail} (waits while they compile, see
     *     {@link SpecFile#loadConcurrently})
     * @throws io.omegalock.BadInputException naming the constraint and key path when an
     *     expression does not compile
     */
    public List<Constraint> constraints() {
        try {
            return constraints.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * @return the pipeline configuration (for an iterative spec, the settings every round
     *     shares, with {@code unlock_k} as declared at the top level)
     */
    public PipelineConfig config() {
        return config;
    }

    /** @return the coordinate-descent settings when the spec has an {@code iterative} block */
    public Optional<IterativeConfig> iterative() {
        return Optional.ofNullable(iterative);
    }

    /**
     * Creates the targets; worker processes start on their first evaluation.
     *
     * @param processes worker processes per command target ({@code --threads N} means N)
     * @param log       where worker stderr lines go
     * @return the targets; close them to stop the workers
     */
    public TargetSet openTargets(int processes, WorkerLog log) {
        return targets.open(space, processes, log);
    }

    /**
     * @param processes worker processes per command target
     * @return the targets, worker stderr going to this process's stderr prefixed with the role
     */
    public TargetSet openTargets(int processes) {
        return openTargets(processes, WorkerLog.stderr());
    }

    @Override
    public String toString() {
        return "RunSpec[" + file + ", " + space.size() + " params, " + targets.declared().size() + " targets, "
                + constraintSpecs.size() + " constraints" + (iterative == null ? "" : ", iterative") + "]";
    }
}
