package dev.jcompose.loader.normalize;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Host paths written in a compose file, made absolute: {@code ~} is the user's HOME, relative is against baseDir.
 * Without resolution ({@code config --no-path-resolution}) the tree keeps them as written, but files are still read
 * from where the path points.
 */
final class HostPaths {

    private final Path baseDir;
    private final Function<String, String> lookup;
    private final boolean resolve;
    private final Map<String, String> resolved = new HashMap<>();

    HostPaths(Path baseDir, Function<String, String> lookup, boolean resolve) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.lookup = lookup;
        this.resolve = resolve;
    }

    /** The path as the normalised tree keeps it. */
    String written(String path) {
        return resolve ? absolute(path) : path;
    }

    /** The file a path in the tree names, to read it. */
    Path readable(String path) {
        return Path.of(absolute(path));
    }

    String absolute(String path) {
        if (isWindowsAbsolute(path)) return path;
        if (path.equals("~") || path.startsWith("~/")) {
            String home = lookup.apply("HOME");
            if (home == null || home.isEmpty()) home = System.getProperty("user.home");
            return Path.of(home).resolve(path.equals("~") ? "" : path.substring(2)).normalize().toString();
        }
        // Many services bind the same relative paths (./config, ./data): resolve each once.
        return resolved.computeIfAbsent(path, p -> baseDir.resolve(p).normalize().toString());
    }

    /** {@code C:\\dir}, {@code C:/dir} or a UNC path: already absolute for the engine that will read it. */
    static boolean isWindowsAbsolute(String path) {
        if (path.startsWith("\\\\")) return true;
        if (path.length() < 3 || path.charAt(1) != ':') return false;
        char drive = path.charAt(0);
        char separator = path.charAt(2);
        return ((drive >= 'A' && drive <= 'Z') || (drive >= 'a' && drive <= 'z')) && (separator == '\\' || separator == '/');
    }

    /** A build context: URLs (git, http, ...) are left alone, paths made absolute. */
    String context(String context) {
        return isRemote(context) ? context : written(context);
    }

    static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/");
    }

    Path baseDir() {
        return baseDir;
    }
}
