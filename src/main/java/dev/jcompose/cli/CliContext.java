package dev.jcompose.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What commands need from the process, passed in so that tests run commands in-process: the environment, the
 * working directory, standard input (read only when a file is {@code -}) and the project loader.
 */
public record CliContext(Map<String, String> environment, Path workingDir, Supplier<String> stdin,
        ProjectLoading loader) {

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDir);
        Objects.requireNonNull(stdin);
        Objects.requireNonNull(loader);
    }

    public CliContext(Map<String, String> environment, Path workingDir, Supplier<String> stdin) {
        this(environment, workingDir, stdin, new DefaultProjectLoading());
    }
}
