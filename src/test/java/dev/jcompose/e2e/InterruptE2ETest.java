package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.docker.DockerJavaEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Ctrl-C during an attached {@code up}, as Docker Compose handles it: the first stops the services gracefully, a
 * second one kills what is still stopping. jcompose runs as its own process here, so that it gets a real SIGINT.
 */
class InterruptE2ETest {

    private static DockerJavaEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        engine = Stack.engineOrSkip();
    }

    @AfterAll
    static void disconnect() {
        if (engine != null) engine.close();
    }

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
            Process up = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    "dev.jcompose.Main", "--progress", "plain", "-p", s.project, "up", "--no-color")
                    .directory(dir.toFile()).start();
            Output out = new Output(up.getInputStream());
            Output err = new Output(up.getErrorStream());
            try {
                await(() -> out.text().contains("polite ready") && out.text().contains("stubborn ready")
                        || !up.isAlive(), "both services print", out, err);
                assertTrue(up.isAlive(), "up is still attached:\n" + err.text());

                signalInterrupt(up);
                await(() -> err.text().contains("Gracefully stopping... (press Ctrl+C again to force)"),
                        "the first Ctrl-C announces a graceful stop", out, err);
                await(() -> state(s, "polite").equals("exited"), "polite stops on TERM", out, err);
                assertEquals("running", state(s, "stubborn"), "stubborn ignores TERM and is still in its grace period");
                assertTrue(up.isAlive(), "jcompose waits for the graceful stop");

                signalInterrupt(up);
                assertTrue(up.waitFor(30, TimeUnit.SECONDS), "the second Ctrl-C ends it well before the 2 min grace");
                assertEquals(130, up.exitValue(), err.text());
                assertEquals("exited", state(s, "stubborn"));
                assertEquals(Integer.valueOf(137), s.container(s.name("stubborn", 1)).exitCode(), "killed");
                assertTrue(out.text().contains("polite stopping"), out.text());
            } finally {
                up.destroyForcibly();
            }
        }
    }

    private static String state(Stack s, String service) {
        ContainerSummary c = s.container(s.name(service, 1));
        return c.state();
    }

    private static void signalInterrupt(Process p) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void await(BooleanSupplier condition, String what, Output out, Output err)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("timed out waiting until " + what + "\nstdout:\n" + out.text() + "\nstderr:\n" + err.text());
            }
            Thread.sleep(50);
        }
    }

    /** Collects a process stream on a thread of its own. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Output(InputStream in) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[4096];
                try {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        synchronized (bytes) {
                            bytes.write(buf, 0, n);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
