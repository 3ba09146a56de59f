package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * What the end-to-end tests share: one connection to the real engine per test class (skipped on a laptop without
 * one, failed in CI, see {@link Stack#engineOrSkip()}), and a directory of its own per test.
 */
abstract class EngineE2E {

    static DockerEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        engine = Stack.engineOrSkip();
    }

    @AfterAll
    static void disconnect() {
        if (engine != null) engine.close();
        engine = null;
    }

    /** A stack in this test's directory, its project named {@code jce2e-<prefix>-<random>}. */
    Stack stack(String prefix) {
        return new Stack(dir, "jce2e-" + prefix, engine);
    }
}
