package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Moving between tools: a stack Debian's docker-compose started is taken over by jcompose up with its named volume's
 * data intact, and docker-compose ps lists the stack jcompose runs.
 */
class DockerComposeInteropTest {

    private static DockerEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        engine = Stack.engineOrSkip();
        if (!onPath("docker-compose")) {
            if ("true".equals(System.getenv("CI"))) fail("docker-compose is not installed (apt-get install docker-compose)");
            abort("docker-compose is not installed");
        }
    }

    @AfterAll
    static void disconnect() {
        if (engine != null) engine.close();
    }

    @Test
    void jcomposeTakesOverADockerComposeStackAndDockerComposeSeesIt() throws Exception {
        try (Stack s = new Stack(dir, "jce2e-interop", engine)) {
            s.write("docker-compose.yml", """
                    version: "3.8"
                    services:
                      keeper:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        volumes: ["data:/data"]
                    volumes:
                      data: {}
                    """);
            run(s, "docker-compose", "-p", s.project, "up", "-d");
            String v1Name = s.project + "_keeper_1";
            assertEquals(0, s.exec(v1Name, "sh", "-c", "echo kept > /data/f").exitCode());
            assertTrue(s.ok("ps").out().contains(v1Name), "jcompose ps lists docker-compose's container");

            s.ok("up", "-d");
            assertEquals(List.of(s.name("keeper", 1)), s.names(), "the old container was replaced");
            assertEquals("kept\n", s.exec(s.name("keeper", 1), "cat", "/data/f").out(), "the volume data is intact");
            String ps = run(s, "docker-compose", "-p", s.project, "ps");
            assertTrue(ps.contains(s.name("keeper", 1)), "docker-compose ps lists jcompose's container:\n" + ps);
        }
    }

    private static String run(Stack s, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(s.dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", cmd) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
        return out;
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Path.of(d, command).toFile().canExecute()) return true;
        }
        return false;
    }
}
