package dev.jcompose.loader.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnvFileReaderTest {

    @Test
    void readsExistingFilesThroughTheParserAndReportsMissingOnesAsEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("web.env");
        Files.writeString(file, "A=1\n");
        EnvFileReader reader = EnvFileReader.ofFiles((text, label) -> {
            LinkedHashMap<String, String> vars = new LinkedHashMap<>();
            vars.put("TEXT", text);
            vars.put("LABEL", label);
            return vars;
        });
        LinkedHashMap<String, String> expected = new LinkedHashMap<>();
        expected.put("TEXT", "A=1\n");
        expected.put("LABEL", file.toString());
        assertEquals(Optional.of(expected), reader.read(file));
        assertEquals(Optional.empty(), reader.read(dir.resolve("absent.env")));
    }
}
