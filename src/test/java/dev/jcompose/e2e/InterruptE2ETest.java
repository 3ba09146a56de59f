package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C during an attached {@code up}, as Docker Compose handles it: the first stops the services gracefully, a
 * second one kills what is still stopping. jcompose runs as its own process here, so that it gets a real SIGINT.
 */
class InterruptE2ETest extends EngineE2E {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    @Test
    void firstCtrlCStopsGracefullyAndASecondKillsWhatIsStillStopping() throws Exception {
        try (Stack s = new Stack(dir, "jce2e-sigint", engine)) {
            s.write("compose.yaml", """
                    services:
                      polite:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap 'echo polite stopping; exit 0' TERM; echo polite ready; sleep 300 & wait"]
                      stubborn:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap '' TERM; echo stubborn ready; sleep 300 & wait"]
                        stop_grace_period: 2m
                    """);
            try (JcomposeProcess up = JcomposeProcess.start(dir, Map.of(), "-p", s.project, "up", "--no-color")) {
                up.await(() -> up.out().contains("polite ready") && up.out().contains("stubborn ready") || !up.isAlive(),
                        "both services print", MINUTE);
                assertTrue(up.isAlive(), "up is still attached:\n" + up);

                up.interrupt();
                up.await(() -> up.err().contains("Gracefully stopping... (press Ctrl+C again to force)"),
                        "the first Ctrl-C announces a graceful stop", MINUTE);
                up.await(() -> state(s, "polite").equals("exited"), "polite stops on TERM", MINUTE);
                assertEquals("running", state(s, "stubborn"), "stubborn ignores TERM and is still in its grace period");
                assertTrue(up.isAlive(), "jcompose waits for the graceful stop");

                up.interrupt();
                assertEquals(130, up.exitCode(Duration.ofSeconds(30)), "the second Ctrl-C ends it well before the 2 min grace");
                assertEquals("exited", state(s, "stubborn"));
                assertEquals(Integer.valueOf(137), s.container(s.name("stubborn", 1)).exitCode(), "killed");
                assertTrue(up.out().contains("polite stopping"), "logs stay attached while stopping:\n" + up);
            }
        }
    }

    @Test
    void ctrlCOnFollowedLogsExitsWith130AndLeavesTheServicesRunning() throws Exception {
        try (Stack s = new Stack(dir, "jce2e-sigint-logs", engine)) {
            s.write("compose.yaml", """
                    services:
                      talk:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap 'exit 0' TERM; echo talk ready; sleep 300 & wait"]
                    """);
            s.ok("up", "-d");
            try (JcomposeProcess logs = JcomposeProcess.start(dir, Map.of(), "-p", s.project, "logs", "-f")) {
                logs.await(() -> logs.out().contains("talk ready") || !logs.isAlive(), "the service's line", MINUTE);
                assertTrue(logs.isAlive(), "logs -f follows:\n" + logs);

                logs.interrupt();
                assertEquals(130, logs.exitCode(Duration.ofSeconds(30)), logs.toString());
                assertEquals("running", state(s, "talk"));
            }
        }
    }

    private static String state(Stack s, String service) {
        ContainerSummary c = s.container(s.name(service, 1));
        return c.state();
    }
}
