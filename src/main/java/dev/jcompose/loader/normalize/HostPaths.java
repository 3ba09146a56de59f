package dev.jcompose.loader.normalize;

import java.nio.file.Path;
import java.util.function.Function;

/** Host paths written in a compose file, made absolute: {@code ~} is the user's HOME, relative is against baseDir. */
final class HostPaths {

    private final Path baseDir;
    private final Function<String, String> lookup;

    HostPaths(Path baseDir, Function<String, String> lookup) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.lookup = lookup;
    }

    String absolute(String path) {
        if (isWindowsAbsolute(path)) return path;
        if (path.equals("~") || path.startsWith("~/")) {
            String home = lookup.apply("HOME");
            if (home == null || home.isEmpty()) home = System.getProperty("user.home");
            return Path.of(home).resolve(path.equals("~") ? "" : path.substring(2)).normalize().toString();
        }
        return baseDir.resolve(path).normalize().toString();
    }

    /** {@code C:\\dir}, {@code C:/dir} or a UNC path: already absolute for the engine that will read it. */
    static boolean isWindowsAbsolute(String path) {
        return path.matches("^[A-Za-z]:[\\\\/].*") || path.startsWith("\\\\");
    }

    /** A build context: URLs (git, http, ...) are left alone, paths made absolute. */
    String context(String context) {
        return isRemote(context) ? context : absolute(context);
    }

    static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/");
    }

    Path baseDir() {
        return baseDir;
    }
}
