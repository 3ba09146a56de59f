package dev.jcompose.cli;

import dev.jcompose.engine.InMemoryEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A setting the engine's API version cannot carry (the in-memory engine speaks API 1.41) does not fail {@code up}
 * or {@code run}: the container is made without it, and the progress output says what was left out.
 */
class EngineWarningsComponentTest {

    @TempDir
    Path dir;

    private InMemoryEngine engine;

    @BeforeEach
    void project() throws Exception {
        engine = new InMemoryEngine(command -> null);
        engine.addImage("busybox", Map.of());
        Files.writeString(dir.resolve("compose.yaml"), """
                name: demo
                services:
                  web:
                    image: busybox
                    command: ["sleep", "300"]
                    healthcheck:
                      test: ["CMD", "true"]
                      start_period: 30s
                      start_interval: 1s
                """);
    }

    private String[] jc(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(Map.of(), dir, () -> "", new DefaultProjectLoading(), () -> engine, false,
                new ProcessIo(new ByteArrayInputStream(new byte[0]), out, err, false, false, null));
        int code = Cli.run(args, ctx, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)));
        String[] result = {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        assertEquals(expectedExit, code, result[1]);
        return result;
    }

    private static final String LEFT_OUT = "Warning healthcheck start_interval needs engine API 1.44 (Docker Engine 25 "
            + "or later); this engine speaks API 1.41, so it is not applied";

    @Test
    void upCreatesTheContainerWithoutItAndSaysSo() {
        String err = jc(0, "--progress", "plain", "up", "-d")[1];
        assertTrue(err.lines().anyMatch(l -> l.equals(" Container demo-web-1  " + LEFT_OUT)), err);
        assertTrue(err.contains(" Container demo-web-1  Started"), err);
        var check = engine.inspectContainer("demo-web-1").settings().healthcheck();
        assertEquals(List.of("CMD", "true"), check.test());
        assertEquals(java.time.Duration.ofSeconds(30), check.startPeriod());
        assertNull(check.startInterval());

        String again = jc(0, "--progress", "plain", "up", "-d")[1];
        assertTrue(!again.contains("Warning"), "nothing is created, nothing to warn about: " + again);
    }

    @Test
    void runSaysSoToo() {
        String err = jc(0, "--progress", "plain", "run", "-d", "--no-deps", "web")[1];
        assertTrue(err.lines().anyMatch(l -> l.matches(" Container demo-web-run-[0-9a-f]{12}  \\Q" + LEFT_OUT
                + "\\E")), err);
    }
}
