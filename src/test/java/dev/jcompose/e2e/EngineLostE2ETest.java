package dev.jcompose.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine goes away while a command runs: the documented exit code 4, not a plain failure. */
class EngineLostE2ETest extends EngineE2E {

    @Test
    void anEngineLostInTheMiddleOfDownExitsWithFour() throws Exception {
        try (Stack s = stack("lost")) {
            s.write("compose.yaml", """
                    services:
                      slow:
                        image: jcompose-test/busybox:latest
                        command: ["sleep", "300"]
                    """);
            s.ok("up", "-d");
            try (EngineProxy proxy = EngineProxy.start(dir.resolve("e.sock"));
                 JcomposeProcess down = JcomposeProcess.start(dir,
                         Map.of("DOCKER_HOST", proxy.dockerHost(), "COMPOSE_PROJECT_NAME", s.project),
                         "down", "-t", "5")) {
                // sleep as PID 1 ignores SIGTERM: the stop waits out its 5 s, and the engine goes meanwhile
                down.await(() -> down.err().contains("Stopping") || !down.isAlive(), "down stops the container",
                        Duration.ofMinutes(1));
                proxy.close();
                assertEquals(4, down.exitCode(Duration.ofMinutes(1)), down.toString());
                assertTrue(down.err().contains("hint: start the Docker engine"), down.toString());
            }
        }
    }
}
