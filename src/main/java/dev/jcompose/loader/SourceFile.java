package dev.jcompose.loader;

import java.nio.file.Path;

/**
 * A file's text and how to name it in messages.
 *
 * @param label what diagnostics print: the path as the user gave it, relative to the working directory, or "-"
 * @param path  the absolute path, or null for standard input
 * @param dir   the directory relative paths inside the file are resolved against by default
 */
record SourceFile(String label, Path path, Path dir, String text) {

    /** A key that identifies the file for caches and cycle detection. */
    String key() {
        return path == null ? "-" : path.toString();
    }
}
