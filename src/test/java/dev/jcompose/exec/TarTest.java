package dev.jcompose.exec;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Our tar writer and reader, the one pair every archive goes through (build contexts, cp, watch, a front's file). */
class TarTest {

    @Test
    void tarRoundTripWithLongNamesLinksAndOwners() throws IOException {
        String longName = "d/" + "x".repeat(120) + "/" + "y".repeat(120) + ".txt";
        String longLink = "z".repeat(150);
        byte[] content = "data\n".getBytes(StandardCharsets.UTF_8);
        Instant when = Instant.parse("2023-05-06T07:08:09Z");
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        TarWriter writer = new TarWriter(tar);
        writer.write(new TarEntry("d", TarEntry.Type.DIRECTORY, 0750, 0, when, "", 1, 2), null);
        writer.write(new TarEntry(longName, TarEntry.Type.FILE, 0640, content.length, when, "", 1000, 1001),
                new ByteArrayInputStream(content));
        writer.write(new TarEntry("d/link", TarEntry.Type.SYMLINK, 0777, 0, when, longLink, 0, 0), null);
        writer.finish();

        TarReader reader = new TarReader(new ByteArrayInputStream(tar.toByteArray()));
        List<TarEntry> entries = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        for (var e = reader.next(); e.isPresent(); e = reader.next()) {
            entries.add(e.get());
            contents.add(new String(reader.content().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of(
                new TarEntry("d", TarEntry.Type.DIRECTORY, 0750, 0, when, "", 1, 2),
                new TarEntry(longName, TarEntry.Type.FILE, 0640, content.length, when, "", 1000, 1001),
                new TarEntry("d/link", TarEntry.Type.SYMLINK, 0777, 0, when, longLink, 0, 0)), entries);
        assertEquals(List.of("", "data\n", ""), contents);
    }

    @Test
    void aFileThatDoesNotHoldTheSizeItsEntrySaysIsRefused() {
        TarWriter writer = new TarWriter(new ByteArrayOutputStream());
        IOException shorter = assertThrows(IOException.class, () -> writer.write(
                TarEntry.file("grew.txt", 0644, 10, Instant.EPOCH), new ByteArrayInputStream(new byte[4])));
        assertEquals("grew.txt changed while it was copied (10 bytes expected, 4 read)", shorter.getMessage());
    }

    @Test
    void anEntrysContentReadsByteByByteAndEndsWithTheEntry() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        TarWriter writer = new TarWriter(tar);
        writer.write(TarEntry.file("a", 0644, 2, Instant.EPOCH), new ByteArrayInputStream(new byte[] {'x', (byte) 0xff}));
        writer.write(TarEntry.file("b", 0644, 1, Instant.EPOCH), new ByteArrayInputStream(new byte[] {'y'}));
        writer.finish();
        TarReader reader = new TarReader(new ByteArrayInputStream(tar.toByteArray()));
        assertEquals("a", reader.next().orElseThrow().name());
        assertEquals('x', reader.content().read());
        assertEquals(0xff, reader.content().read());
        assertEquals(-1, reader.content().read());
        assertEquals("b", reader.next().orElseThrow().name());
        assertEquals('y', reader.content().read());

        byte[] cut = java.util.Arrays.copyOf(tar.toByteArray(), 513);
        TarReader truncated = new TarReader(new ByteArrayInputStream(cut));
        truncated.next();
        assertEquals('x', truncated.content().read());
        assertThrows(IOException.class, () -> truncated.content().read(), "the archive ended inside the entry");
    }

    @Test
    void theShortFormsAreOwnedByRoot() {
        Instant when = Instant.parse("2024-01-02T03:04:05Z");
        assertEquals(new TarEntry("f", TarEntry.Type.FILE, 0600, 3, when, "", 0, 0), TarEntry.file("f", 0600, 3, when));
        assertEquals(new TarEntry("d", TarEntry.Type.DIRECTORY, 0755, 0, when, "", 0, 0),
                TarEntry.directory("d", 0755, when));
        assertEquals(new TarEntry("l", TarEntry.Type.SYMLINK, 0777, 0, when, "f", 0, 0), TarEntry.symlink("l", "f", when));
    }
}
