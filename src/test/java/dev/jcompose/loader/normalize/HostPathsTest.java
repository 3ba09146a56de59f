package dev.jcompose.loader.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostPathsTest {

    private final HostPaths paths = new HostPaths(Path.of("/srv/app"), Map.of("HOME", "/home/me")::get, true);

    @ParameterizedTest
    @ValueSource(strings = {"C:\\data", "c:/data", "Z:\\", "\\\\server\\share"})
    void windowsPathsAreAbsoluteAlready(String path) {
        assertEquals(true, HostPaths.isWindowsAbsolute(path), path);
        assertEquals(path, paths.absolute(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:", "C:data", "1:/data", "./C:/data", "/c/data", "CD:/data", "\\single"})
    void otherPathsAreNot(String path) {
        assertEquals(false, HostPaths.isWindowsAbsolute(path), path);
    }

    @Test
    void relativePathsResolveAgainstTheProjectDirectoryAndHomeAgainstHome() {
        assertEquals("/srv/app/config", paths.absolute("./config"));
        assertEquals("/srv/app/config", paths.absolute("./config"));
        assertEquals("/srv/data", paths.absolute("../data"));
        assertEquals("/home/me/.cache", paths.absolute("~/.cache"));
        assertEquals("/etc/x", paths.absolute("/etc/x"));
    }

    @Test
    void withoutResolutionTheTreeKeepsThePathAsWrittenButItIsReadFromTheProjectDirectory() {
        HostPaths unresolved = new HostPaths(Path.of("/srv/app"), Map.of("HOME", "/home/me")::get, false);
        assertEquals("./config", unresolved.written("./config"));
        assertEquals("./app", unresolved.context("./app"));
        assertEquals(Path.of("/srv/app/web.env"), unresolved.readable("web.env"));
        assertEquals("/srv/app/config", paths.written("./config"));
    }
}
