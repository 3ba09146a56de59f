package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine restarts while {@code up} is waiting for a dependency to become healthy: that {@code up} fails with a
 * clear message, and the next {@code up} brings the whole stack up. Runs on an engine of its own (see
 * {@link PrivateEngine}), since restarting the machine's engine would stop everything else on it.
 */
class EngineRestartE2ETest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    @Test
    void anUpInterruptedByAnEngineRestartIsRepairedByTheNextUp() throws Exception {
        try (PrivateEngine engine = PrivateEngine.start()) {
            Files.writeString(dir.resolve("compose.yaml"), """
                    name: jcrestart
                    services:
                      db:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap 'exit 0' TERM; (sleep 4; touch /ready) & sleep 300 & wait"]
                        healthcheck:
                          test: ["CMD", "test", "-f", "/ready"]
                          interval: 1s
                          retries: 30
                        volumes: ["data:/data"]
                      web:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"]
                        depends_on:
                          db: {condition: service_healthy}
                    volumes:
                      data: {}
                    """);
            Map<String, String> env = Map.of("DOCKER_HOST", engine.dockerHost());
            try (JcomposeProcess up = JcomposeProcess.start(dir, env, "up", "-d")) {
                up.await(() -> up.err().contains("Container jcrestart-db-1  Started") || !up.isAlive(),
                        "db has started and up waits for it to be healthy", MINUTE);
                assertTrue(up.isAlive(), up.toString());
                engine.restart();
                int code = up.exitCode(MINUTE);
                assertNotEquals(0, code, "the interrupted up fails\n" + up);
                assertTrue(code == 1 || code == 4, "an engine failure, not a usage error: " + code + "\n" + up);
            }
            assertEquals("exited", state(engine, "jcrestart-db-1"), "the restart stopped db");

            try (JcomposeProcess again = JcomposeProcess.start(dir, env, "up", "-d", "--wait")) {
                assertEquals(0, again.exitCode(MINUTE), again.toString());
            }
            assertEquals("running", state(engine, "jcrestart-db-1"));
            assertEquals("running", state(engine, "jcrestart-web-1"));
            assertEquals(List.of("jcrestart-db-1", "jcrestart-web-1"), names(engine));

            try (JcomposeProcess down = JcomposeProcess.start(dir, env, "down", "-v", "-t", "1")) {
                assertEquals(0, down.exitCode(MINUTE), down.toString());
            }
            assertTrue(names(engine).isEmpty());
        }
    }

    private static List<ContainerSummary> containers(PrivateEngine engine) {
        return engine.engine().listContainers(Map.of("com.docker.compose.project", "jcrestart"));
    }

    private static List<String> names(PrivateEngine engine) {
        return containers(engine).stream().map(ContainerSummary::name).sorted().toList();
    }

    private static String state(PrivateEngine engine, String name) {
        return containers(engine).stream().filter(c -> c.name().equals(name)).findFirst()
                .map(ContainerSummary::state).orElse("absent");
    }
}
