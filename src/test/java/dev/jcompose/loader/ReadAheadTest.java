package dev.jcompose.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    @TempDir
    Path dir;

    private LoadResult load(List<String> files) {
        return new ProjectLoader().load(LoadRequest.in(dir, Map.of()).withFiles(files).withProjectName("demo"));
    }

    @Test
    void aFileParsedAheadLoadsAsIfReadThenWithItsErrorsLocated() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    ports: [\"80\"]\n");
        ReadAhead.start(dir, List.of(), null, Map.of());
        LoadResult ahead = load(List.of());
        LoadResult plain = load(List.of());
        assertEquals(plain.project(), ahead.project());

        Files.writeString(dir.resolve("bad.yaml"), "services:\n  web:\n    image: [\n");
        ReadAhead.start(dir, List.of("bad.yaml"), null, Map.of());
        dev.jcompose.diag.InvalidProjectException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.jcompose.diag.InvalidProjectException.class,
                () -> load(List.of("bad.yaml")));
        assertTrue(e.getMessage().contains("bad.yaml:"), e.getMessage());
    }

    @Test
    void aFileChangedAfterItsParseAheadIsReadAgain() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  old:\n    image: nginx\n");
        ReadAhead.start(dir, List.of(), null, Map.of());
        Thread.sleep(50); // let the parse ahead read the old text; either way the result must be the new one
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  new:\n    image: nginx\n");
        assertEquals(List.of("new"), List.copyOf(load(List.of()).project().services().keySet()));
    }
}
