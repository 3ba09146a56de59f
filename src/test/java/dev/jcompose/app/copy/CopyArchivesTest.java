package dev.jcompose.app.copy;

import dev.jcompose.exec.TarEntry;
import dev.jcompose.exec.TarWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker cp's path rules, and archives of and into host directories. */
class CopyArchivesTest {

    @TempDir
    Path dir;

    @Test
    void pathRules() {
        assertTrue(CopyPaths.assertsDirectory("a/"));
        assertTrue(CopyPaths.assertsDirectory("a/."));
        assertFalse(CopyPaths.assertsDirectory("a"));
        assertArrayEquals(new String[] {"/data", "tree"}, CopyPaths.splitDirEntry("/data//tree/"));
        assertArrayEquals(new String[] {"/data/tree", "."}, CopyPaths.splitDirEntry("/data/tree/."));
        assertArrayEquals(new String[] {"/", "x"}, CopyPaths.splitDirEntry("/x"));
        assertArrayEquals(new String[] {".", "x"}, CopyPaths.splitDirEntry("x"));
        assertEquals("/a/c", CopyPaths.clean("/a/b/../c/./"));
        assertEquals("new/f", CopyPaths.rebase("old/f", "old", "new"));
        assertEquals("new", CopyPaths.rebase("old", "old", "new"));
        assertEquals("older/f", CopyPaths.rebase("older/f", "old", "new"));
        assertEquals("new/f", CopyPaths.rebase("f", ".", "new"));
        assertEquals("new", CopyPaths.rebase(".", ".", "new"));
    }

    @Test
    void aHostDirectoryBecomesATarAndGoesBackUnderAnotherName() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/sub"));
        Files.writeString(src.resolve("f.txt"), "F");
        Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(dir.resolve("src/link"), Path.of("sub/f.txt"));
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        HostArchive.write(dir.resolve("src"), "src", false, tar);

        Path into = Files.createDirectories(dir.resolve("into"));
        HostArchive.extract(new ByteArrayInputStream(tar.toByteArray()), into, n -> CopyPaths.rebase(n, "src", "copy"));
        assertEquals("F", Files.readString(into.resolve("copy/sub/f.txt")));
        assertEquals(Path.of("sub/f.txt"), Files.readSymbolicLink(into.resolve("copy/link")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(into.resolve("copy/sub"))));

        ByteArrayOutputStream contents = new ByteArrayOutputStream();
        HostArchive.write(dir.resolve("src"), null, false, contents);
        Path flat = Files.createDirectories(dir.resolve("flat"));
        HostArchive.extract(new ByteArrayInputStream(contents.toByteArray()), flat, UnaryOperator.identity());
        assertEquals("F", Files.readString(flat.resolve("sub/f.txt")), "a null base writes the contents at the top");
    }

    @Test
    void extractionStaysInsideAndNeverSwapsADirectoryForAFile() throws IOException {
        ByteArrayOutputStream escape = new ByteArrayOutputStream();
        TarWriter writer = new TarWriter(escape);
        writer.write(new TarEntry("../evil", TarEntry.Type.FILE, 0644, 1, Instant.EPOCH, "", 0, 0),
                new ByteArrayInputStream(new byte[] {'x'}));
        writer.finish();
        Path into = Files.createDirectories(dir.resolve("into"));
        IOException outside = assertThrows(IOException.class, () ->
                HostArchive.extract(new ByteArrayInputStream(escape.toByteArray()), into, UnaryOperator.identity()));
        assertTrue(outside.getMessage().contains("outside"), outside.getMessage());
        assertFalse(Files.exists(dir.resolve("evil")));

        Files.createDirectories(into.resolve("taken"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        writer = new TarWriter(file);
        writer.write(new TarEntry("taken", TarEntry.Type.FILE, 0644, 1, Instant.EPOCH, "", 0, 0),
                new ByteArrayInputStream(new byte[] {'x'}));
        writer.finish();
        IOException swap = assertThrows(IOException.class, () ->
                HostArchive.extract(new ByteArrayInputStream(file.toByteArray()), into, UnaryOperator.identity()));
        assertTrue(swap.getMessage().contains("cannot overwrite directory"), swap.getMessage());
    }
}
