package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Docker Compose's own {@code COMPOSE_*} variables: which env files a command reads, and the {@code COMPOSE_*}
 * settings those files give where the shell does not, as Docker Compose puts them in its environment before the
 * command runs.
 */
public final class ComposeVariables {

    /**
     * Read by Docker Compose before it reads the env files, so a file cannot set them: which files to read, and the
     * progress settings it reads at start-up.
     */
    private static final Set<String> SHELL_ONLY = Set.of("COMPOSE_ENV_FILES", "COMPOSE_DISABLE_ENV_FILE",
            "COMPOSE_PROGRESS", "COMPOSE_STATUS_STDOUT");

    private ComposeVariables() {
    }

    /**
     * {@code shell} with the {@code COMPOSE_*} variables of the env files added where the shell has none. The files
     * are {@code --env-file}, else COMPOSE_ENV_FILES, else the {@code .env} in {@code --project-directory}, in the
     * directory of the first {@code -f} file, or in the working directory. Unreadable files add nothing: loading the
     * project reports them.
     */
    public static Map<String, String> withEnvFiles(Map<String, String> shell, Path workingDir, List<String> files,
                                                   String projectDirectory, List<String> envFiles) {
        List<Path> paths = envFiles(shell, workingDir, files, projectDirectory, envFiles);
        if (paths.isEmpty()) return shell;
        Map<String, String> fromFiles = ProjectEnvironment.resolve(shell, paths, false, "env file",
                new SourceFiles(workingDir, () -> ""), new Diagnostics());
        Map<String, String> env = new HashMap<>(shell);
        fromFiles.forEach((k, v) -> {
            if (k.startsWith("COMPOSE_") && !SHELL_ONLY.contains(k)) env.putIfAbsent(k, v);
        });
        return env;
    }

    private static List<Path> envFiles(Map<String, String> shell, Path workingDir, List<String> files,
                                       String projectDirectory, List<String> envFiles) {
        if (!envFiles.isEmpty()) return envFiles.stream().map(f -> workingDir.resolve(f).normalize()).toList();
        String listed = shell.get("COMPOSE_ENV_FILES");
        if (listed != null && !listed.isBlank()) {
            return Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(f -> workingDir.resolve(f).normalize()).toList();
        }
        if (dotEnvDisabled(shell)) return List.of();
        Path dir = workingDir;
        if (projectDirectory != null) {
            dir = workingDir.resolve(projectDirectory).normalize();
        } else if (!files.isEmpty() && !files.get(0).equals("-")) {
            Path parent = workingDir.resolve(files.get(0)).normalize().getParent();
            if (parent != null) dir = parent;
        }
        return List.of(dir.resolve(".env"));
    }

    /** COMPOSE_DISABLE_ENV_FILE: the project directory's {@code .env} is not read. */
    static boolean dotEnvDisabled(Map<String, String> shell) {
        return isTrue(shell.get("COMPOSE_DISABLE_ENV_FILE"));
    }

    /** A switch as Docker Compose reads one: {@code 1}, {@code t}, {@code true}, {@code y} in any case; else off. */
    public static boolean isTrue(String value) {
        if (value == null) return false;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "t", "true", "y" -> true;
            default -> false;
        };
    }
}
