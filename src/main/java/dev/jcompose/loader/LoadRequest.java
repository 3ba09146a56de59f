package dev.jcompose.loader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the user asked to load. Options not given on the command line are null or empty; the loader then
 * falls back to the COMPOSE_* variables (from the shell or the project's .env) as Docker Compose does.
 *
 * @param environment the process environment (the loader never reads it itself)
 * @param workingDir  the directory the command was started in
 * @param stdin       supplies standard input, for {@code -f -}
 * @param resolvePaths relative host paths become absolute; false only for {@code config --no-path-resolution}
 */
public record LoadRequest(List<String> files, String projectName, String projectDirectory, List<String> envFiles,
                          List<String> profiles, Map<String, String> environment, Path workingDir,
                          boolean interpolate, Supplier<String> stdin, boolean resolvePaths) {

    public LoadRequest {
        files = files == null ? List.of() : List.copyOf(files);
        envFiles = envFiles == null ? List.of() : List.copyOf(envFiles);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        workingDir = workingDir.toAbsolutePath().normalize();
        if (stdin == null) stdin = () -> "";
    }

    public LoadRequest(List<String> files, String projectName, String projectDirectory, List<String> envFiles,
                       List<String> profiles, Map<String, String> environment, Path workingDir,
                       boolean interpolate, Supplier<String> stdin) {
        this(files, projectName, projectDirectory, envFiles, profiles, environment, workingDir, interpolate, stdin,
                true);
    }

    /** A request with only a working directory and environment, as `jcompose config` with no options. */
    public static LoadRequest in(Path workingDir, Map<String, String> environment) {
        return new LoadRequest(List.of(), null, null, List.of(), List.of(), environment, workingDir, true, null);
    }

    public LoadRequest withFiles(List<String> newFiles) {
        return new LoadRequest(newFiles, projectName, projectDirectory, envFiles, profiles, environment, workingDir,
                interpolate, stdin, resolvePaths);
    }

    public LoadRequest withProjectName(String name) {
        return new LoadRequest(files, name, projectDirectory, envFiles, profiles, environment, workingDir,
                interpolate, stdin, resolvePaths);
    }

    public LoadRequest withProfiles(List<String> newProfiles) {
        return new LoadRequest(files, projectName, projectDirectory, envFiles, newProfiles, environment, workingDir,
                interpolate, stdin, resolvePaths);
    }

    public LoadRequest withEnvFiles(List<String> newEnvFiles) {
        return new LoadRequest(files, projectName, projectDirectory, newEnvFiles, profiles, environment, workingDir,
                interpolate, stdin, resolvePaths);
    }

    public LoadRequest withProjectDirectory(String dir) {
        return new LoadRequest(files, projectName, dir, envFiles, profiles, environment, workingDir, interpolate,
                stdin, resolvePaths);
    }

    public LoadRequest withInterpolation(boolean on) {
        return new LoadRequest(files, projectName, projectDirectory, envFiles, profiles, environment, workingDir, on,
                stdin, resolvePaths);
    }

    public LoadRequest withStdin(Supplier<String> in) {
        return new LoadRequest(files, projectName, projectDirectory, envFiles, profiles, environment, workingDir,
                interpolate, in, resolvePaths);
    }

    public LoadRequest withPathResolution(boolean on) {
        return new LoadRequest(files, projectName, projectDirectory, envFiles, profiles, environment, workingDir,
                interpolate, stdin, on);
    }
}
