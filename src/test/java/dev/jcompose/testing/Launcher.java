package dev.jcompose.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A {@code jcompose} command for tests that run it as a process (in a terminal, or from a completion script): a
 * launcher script that starts Main on the test class path, so the tests need no {@code mvn package} first.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Writes {@code dir/jcompose} and returns it. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String script = "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + System.getProperty("java.class.path") + "' dev.jcompose.Main \"$@\"\n";
        Path launcher = dir.resolve("jcompose");
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }
}
