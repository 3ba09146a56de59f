package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads project files, reporting a missing or unreadable file as a located diagnostic instead of throwing. */
final class SourceFiles {

    private final Path workingDir;
    private final Supplier<String> stdin;
    private String stdinText;

    SourceFiles(Path workingDir, Supplier<String> stdin) {
        this.workingDir = workingDir;
        this.stdin = stdin;
    }

    /** The label diagnostics use for {@code path}: relative to the working directory when below it. */
    String label(Path path) {
        return label(workingDir, path);
    }

    static String label(Path workingDir, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(workingDir)) {
            Path rel = workingDir.relativize(abs);
            return rel.toString().isEmpty() ? abs.toString() : rel.toString();
        }
        return abs.toString();
    }

    Optional<SourceFile> read(Path path, SourceLocation referencedFrom, YamlPath referencePath, Diagnostics diags) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            String text = Files.readString(abs, StandardCharsets.UTF_8);
            return Optional.of(new SourceFile(label(abs), abs, abs.getParent(), text));
        } catch (NoSuchFileException e) {
            diags.error(referencedFrom, referencePath, "file " + abs + " not found");
        } catch (IOException e) {
            diags.error(referencedFrom, referencePath, "cannot read " + abs + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    SourceFile readStdin(Path dir) {
        if (stdinText == null) stdinText = stdin.get();
        return new SourceFile("-", null, dir, stdinText);
    }
}
