package dev.jcompose.cli;

import java.util.List;
import java.util.Optional;

/**
 * Answers the exact version command lines scripts use ({@code version}, {@code version --short},
 * {@code version --format json}, {@code --version}) without building the picocli command tree: picocli's jar is
 * compiled for Java 5, so its classes can be neither shared from the CDS archive nor verified quickly, and building
 * the tree costs about two thirds of the start-up. Any other spelling goes through picocli as usual.
 */
final class VersionFastPath {

    private VersionFastPath() {
    }

    static Optional<String> answer(String[] args) {
        List<String> a = List.of(args);
        if (a.equals(List.of("--version")) || a.equals(List.of("-v")) || a.equals(List.of("version"))) {
            return Optional.of(VersionCommand.pretty(VersionInfo.version()));
        }
        if (a.equals(List.of("version", "--short"))) return Optional.of(VersionInfo.version());
        if (a.equals(List.of("version", "--format", "json")) || a.equals(List.of("version", "--format=json"))
                || a.equals(List.of("version", "-f", "json"))) {
            return Optional.of(VersionCommand.json(VersionInfo.version()));
        }
        return Optional.empty();
    }
}
