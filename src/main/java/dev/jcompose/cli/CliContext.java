package dev.jcompose.cli;

import dev.jcompose.app.EngineConnector;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What commands need from the process, passed in so that tests run commands in-process: the environment, the
 * working directory, standard input (read only when a file is {@code -}), the project loader, the engine connector
 * whether stderr is a terminal (for the live progress display), and the process's byte streams ({@link ProcessIo}).
 */
public record CliContext(Map<String, String> environment, Path workingDir, Supplier<String> stdin,
        ProjectLoading loader, EngineConnector engines, boolean terminal, ProcessIo io) {

    public CliContext {
        io = io == null ? ProcessIo.NONE : io;
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDir);
        Objects.requireNonNull(stdin);
        Objects.requireNonNull(loader);
        Objects.requireNonNull(engines);
    }

    /** Without byte streams: exec/run output is printed through the writers, stdin is empty. */
    public CliContext(Map<String, String> environment, Path workingDir, Supplier<String> stdin,
                      ProjectLoading loader, EngineConnector engines, boolean terminal) {
        this(environment, workingDir, stdin, loader, engines, terminal, ProcessIo.NONE);
    }

    public CliContext(Map<String, String> environment, Path workingDir, Supplier<String> stdin,
                      ProjectLoading loader) {
        this(environment, workingDir, stdin, loader, NO_ENGINE, false);
    }

    public CliContext(Map<String, String> environment, Path workingDir, Supplier<String> stdin) {
        this(environment, workingDir, stdin, new DefaultProjectLoading());
    }

    /** The same context with another engine connector. */
    public CliContext withEngines(EngineConnector connector) {
        return new CliContext(environment, workingDir, stdin, loader, connector, terminal, io);
    }

    /** The same context with another environment. */
    public CliContext withEnvironment(Map<String, String> env) {
        return new CliContext(env, workingDir, stdin, loader, engines, terminal, io);
    }

    /** For contexts that never reach an engine (tests of project-only commands). */
    private static final EngineConnector NO_ENGINE = () -> {
        throw new IllegalStateException("this context has no container engine");
    };
}
