package dev.jcompose.exec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildContextTest {
    @TempDir
    Path dir;

    @Test
    void theArchiveLeavesOutWhatDockerignoreExcludesButKeepsTheBuildFiles() throws IOException {
        write("Dockerfile", "FROM scratch\n");
        write(".dockerignore", "Dockerfile\n.dockerignore\nsecret.txt\nlogs\n*.tmp\n!keep.tmp\n");
        write("app.txt", "hello");
        write("secret.txt", "password");
        write("logs/today.log", "x");
        write("a.tmp", "x");
        write("keep.tmp", "kept");
        write("src/main.c", "int main;");

        Map<String, TarEntries.Entry> entries = tar(null);

        assertEquals(Set.of("Dockerfile", ".dockerignore", "app.txt", "keep.tmp", "src/", "src/main.c"),
                entries.keySet());
        assertEquals("hello", entries.get("app.txt").text());
        assertEquals('5', entries.get("src/").type());
    }

    @Test
    void anExceptionBelowAnExcludedDirectoryIsStillSent() throws IOException {
        write(".dockerignore", "logs\n!logs/keep.log\n");
        write("logs/keep.log", "k");
        write("logs/drop.log", "d");

        Map<String, TarEntries.Entry> entries = tar(null);

        assertTrue(entries.containsKey("logs/keep.log"), entries.keySet().toString());
        assertTrue(!entries.containsKey("logs/drop.log"), entries.keySet().toString());
    }

    @Test
    void aDockerfileElsewhereInTheContextIsKept() throws IOException {
        write(".dockerignore", "docker\n");
        write("docker/app.Dockerfile", "FROM scratch\n");
        write("docker/notes.txt", "n");

        Map<String, TarEntries.Entry> entries = tar("docker/app.Dockerfile");

        assertTrue(entries.containsKey("docker/app.Dockerfile"), entries.keySet().toString());
        assertTrue(!entries.containsKey("docker/notes.txt"));
    }

    @Test
    void fileModesAndLongNamesSurvive() throws IOException {
        Path script = write("bin/run.sh", "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        String longName = "d".repeat(120) + "/" + "e".repeat(120) + "/" + "f".repeat(90) + ".txt";
        write(longName, "deep");

        Map<String, TarEntries.Entry> entries = tar(null);

        assertEquals(0750, entries.get("bin/run.sh").mode());
        assertEquals("deep", entries.get(longName).text());
    }

    @Test
    void aContextThatIsNotADirectoryIsRefused() {
        assertThrows(IOException.class, () -> BuildContext.of(dir.resolve("missing"), null));
    }

    private Map<String, TarEntries.Entry> tar(String dockerfile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BuildContext.of(dir, dockerfile).writeTar(out);
        return TarEntries.read(out.toByteArray());
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
