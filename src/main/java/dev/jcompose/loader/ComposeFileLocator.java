package dev.jcompose.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the project's files when none are named: the first directory, from the working directory up, that holds a
 * compose file (or, failing that, a Dockerrun.aws.json), plus the override file beside it.
 */
public final class ComposeFileLocator {

    public static final List<String> COMPOSE_NAMES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    public static final List<String> OVERRIDE_NAMES = List.of("compose.override.yaml", "compose.override.yml",
            "docker-compose.override.yml", "docker-compose.override.yaml");
    public static final String DOCKERRUN_NAME = "Dockerrun.aws.json";

    /**
     * @param files    the files to load, main file first
     * @param ignored  other candidate names found beside the chosen one (Docker Compose warns about them)
     */
    public record Found(Path directory, List<Path> files, List<String> ignored) {
    }

    private ComposeFileLocator() {
    }

    public static Optional<Found> find(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            List<String> present = new ArrayList<>();
            for (String n : COMPOSE_NAMES) if (Files.isRegularFile(dir.resolve(n))) present.add(n);
            if (!present.isEmpty()) {
                List<Path> files = new ArrayList<>();
                files.add(dir.resolve(present.get(0)));
                for (String n : OVERRIDE_NAMES) {
                    if (Files.isRegularFile(dir.resolve(n))) {
                        files.add(dir.resolve(n));
                        break;
                    }
                }
                return Optional.of(new Found(dir, files, present.subList(1, present.size())));
            }
            if (Files.isRegularFile(dir.resolve(DOCKERRUN_NAME))) {
                return Optional.of(new Found(dir, List.of(dir.resolve(DOCKERRUN_NAME)), List.of()));
            }
        }
        return Optional.empty();
    }
}
