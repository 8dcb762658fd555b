package io.omegalock.cli.spec;

import java.nio.file.Path;

/** Loads one spec file and exits: run in a fresh JVM with {@code -verbose:class} by {@link CelLoadingTest}. */
public final class LoadSpecMain {
    private LoadSpecMain() {
    }

    public static void main(String[] args) {
        System.out.println("loaded " + SpecFile.load(Path.of(args[0])));
    }
}
