package dev.jcompose;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.DefaultProjectLoading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No engine at the configured endpoint: one clear error naming what was tried, exit code 4, nothing else. */
class EngineUnreachableTest {

    @Test
    void anUnreachableEngineExitsWithFourAndSaysWhatWasTried(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        String socket = "unix://" + dir.resolve("no-engine.sock");
        Map<String, String> env = Map.of("DOCKER_HOST", socket, "HOME", dir.toString());
        CliContext ctx = new CliContext(env, dir, () -> "", new DefaultProjectLoading(),
                new DockerEngineConnector(env), false);
        for (String verb : new String[]{"up", "ps", "down"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new String[]{verb}, ctx, new PrintWriter(out), new PrintWriter(err));
            assertEquals(4, code, verb + ": " + err);
            assertTrue(err.toString().startsWith("error: "), err.toString());
            assertTrue(err.toString().contains(socket + " (DOCKER_HOST)"), "names what was tried: " + err);
            assertTrue(err.toString().contains("hint: "), err.toString());
            assertEquals("", out.toString());
        }
    }
}
