package dev.jcompose.loader;

import dev.jcompose.loader.yaml.YamlAhead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives the loader a head start: the compose files a command line will load — those it names with {@code -f}, else
 * those in COMPOSE_FILE, else the ones found from the working directory — are read and parsed on another thread
 * while the rest of the command line is read. A guess only: the loader decides which files it loads and uses a
 * parse made ahead only for the same file with the same text.
 */
public final class ReadAhead {

    /** Larger files are left to the loader: they are not compose files people write. */
    private static final long MAX_BYTES = 64L << 20;

    private ReadAhead() {
    }

    public static void start(Path workingDir, List<String> fileArgs, String projectDirectory,
                             Map<String, String> environment) {
        for (Path file : guess(workingDir, fileArgs, projectDirectory, environment)) {
            if (!file.getFileName().toString().endsWith(".json")) {
                YamlAhead.start(SourceFiles.label(workingDir, file), () -> read(file));
            }
        }
    }

    private static List<Path> guess(Path workingDir, List<String> fileArgs, String projectDirectory,
                                    Map<String, String> environment) {
        List<String> named = fileArgs;
        String composeFile = environment.get("COMPOSE_FILE");
        if (named.isEmpty() && composeFile != null && !composeFile.isBlank()) {
            named = List.of(composeFile.split(java.util.regex.Pattern.quote(
                    environment.getOrDefault("COMPOSE_PATH_SEPARATOR", ":"))));
        }
        List<Path> files = new ArrayList<>();
        if (!named.isEmpty()) {
            for (String f : named) if (!f.equals("-")) files.add(workingDir.resolve(f).normalize());
        } else {
            Path start = projectDirectory == null ? workingDir : workingDir.resolve(projectDirectory).normalize();
            ComposeFileLocator.find(start).ifPresent(found -> files.addAll(found.files()));
        }
        files.removeIf(f -> {
            try {
                return !Files.isRegularFile(f) || Files.size(f) > MAX_BYTES;
            } catch (IOException e) {
                return true;
            }
        });
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
