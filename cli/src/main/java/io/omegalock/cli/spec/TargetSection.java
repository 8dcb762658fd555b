package io.omegalock.cli.spec;

import io.omegalock.cli.worker.WorkerCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code targets} mapping: a worker command or a built-in per role. */
final class TargetSection {
    static final List<String> ROLES = List.of("train", "test", "validation", "holdout");
    static final List<String> KEYS = List.of("command", "timeout_s", "builtin", "slice");

    private TargetSection() {
    }

    /**
     * @param node      the {@code targets} node
     * @param directory the spec file's directory: worker cwd, and base of relative program paths
     * @return the declared targets
     */
    static SpecTargets parse(SpecNode node, Path directory) {
        SpecMap m = node.asMap();
        m.allowOnly(ROLES);
        TargetSpec train = target(m.require("train"), "train", directory);
        return new SpecTargets(train, optional(m, "test", directory), optional(m, "validation", directory),
                optional(m, "holdout", directory));
    }

    private static TargetSpec optional(SpecMap m, String role, Path directory) {
        SpecNode n = m.opt(role);
        return n == null ? null : target(n, role, directory);
    }

    private static TargetSpec target(SpecNode node, String role, Path directory) {
        SpecMap m = node.asMap();
        m.allowOnly(KEYS);
        boolean command = m.has("command");
        boolean builtin = m.has("builtin");
        if (command == builtin) {
            throw node.error(command ? "give either command or builtin, not both"
                    : "expected {command: [program, args...]} or {builtin: " + String.join("|", Builtins.NAMES) + "}");
        }
        if (command) {
            if (m.has("slice")) {
                throw m.require("slice").error("only used with builtin (a worker gets its slice through its command)");
            }
            return new TargetSpec.Command(role, command(m, directory));
        }
        if (m.has("timeout_s")) {
            throw m.require("timeout_s").error("only used with command (built-in targets run in-process)");
        }
        SpecNode nameNode = m.require("builtin");
        String name = nameNode.asOneOf(Builtins.NAMES);
        String slice = null;
        if (Builtins.hasSlices(name)) {
            SpecNode sliceNode = m.opt("slice");
            if (sliceNode != null) {
                slice = sliceNode.asOneOf(Builtins.SLICES);
            } else if (Builtins.SLICES.contains(role)) {
                slice = role;
            } else {
                throw node.child("slice", null).error("required for builtin " + name + " in the " + role
                        + " role (one of " + String.join(", ", Builtins.SLICES) + ")");
            }
        } else if (m.has("slice")) {
            throw m.require("slice").error("builtin " + name + " has no slices");
        }
        return new TargetSpec.Builtin(role, name, slice);
    }

    private static WorkerCommand command(SpecMap m, Path directory) {
        SpecNode cmd = m.require("command");
        if (cmd.raw() instanceof String s) {
            throw cmd.error("expected a list of strings (the argv; no shell is used), got \"" + s
                    + "\"; write it as [" + String.join(", ", s.trim().split("\\s+")) + "]");
        }
        List<String> argv = new ArrayList<>();
        for (SpecNode part : cmd.asList()) {
            argv.add(part.asString());
        }
        if (argv.isEmpty()) {
            throw cmd.error("expected at least the program to run, got an empty list");
        }
        SpecNode program = cmd.asList().get(0);
        String exe = program.asNonBlankString();
        // A program given as a relative path is relative to the spec file, like the worker's cwd.
        if (exe.contains("/") || exe.contains(java.io.File.separator)) {
            Path p = Path.of(exe);
            if (!p.isAbsolute()) {
                argv.set(0, directory.resolve(p).normalize().toString());
            }
        }
        double seconds = m.number("timeout_s", WorkerCommand.DEFAULT_TIMEOUT.toSeconds());
        if (!(seconds > 0)) {
            throw m.require("timeout_s").error("expected a number of seconds > 0, got " + seconds);
        }
        Duration timeout = Duration.ofNanos((long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2.0));
        return new WorkerCommand(argv, directory, timeout);
    }
}
