package dev.jcompose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build's class-data-sharing run goes through every command against the recorded engine answers: a command
 * that starts needing an answer nobody recorded fails here, instead of silently leaving its classes out of the
 * archive (and the CLI slower).
 */
class CdsTrainingTest {

    @Test
    void everyTrainingCommandSucceedsAgainstTheRecordedAnswers() throws Exception {
        Map<String, Integer> codes = CdsTraining.run(Path.of("src/build/cds/compose.yaml"),
                Path.of("src/build/cds/engine"));
        assertTrue(codes.size() >= 8, codes.toString());
        codes.forEach((command, code) -> assertEquals(0, code, "jcompose " + command));
    }
}
