package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code up --wait} on the real engine: what it prints when ready, what it says when not. */
class UpWaitE2ETest extends EngineE2E {

    @Test
    void printsEachPublishedPortOnceEveryServiceIsReady() throws Exception {
        try (Stack s = new Stack(dir, "jcwait-ok", engine)) {
            int web = ExamplesE2ETest.freePort();
            s.write("compose.yaml", """
                    services:
                      web:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "mkdir -p /www && echo hi > /www/index.html && exec httpd -f -p 80 -h /www"]
                        init: true
                        ports: ["127.0.0.1:%d:80"]
                        healthcheck:
                          test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1/"]
                          interval: 1s
                          retries: 10
                      queue:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        ports: ["127.0.0.1::5672"]
                      seed:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo seeded"]
                    """.formatted(web));
            Stack.Run up = s.ok("up", "--wait", "--wait-timeout", "60");
            String queuePort = s.container(s.name("queue", 1)).ports().stream()
                    .filter(p -> p.isPublished()).findFirst().orElseThrow().hostPort() + "";
            assertEquals("web     http://127.0.0.1:" + web + "\nqueue   127.0.0.1:" + queuePort + "\n", up.out());
            assertEquals("healthy", s.container(s.name("web", 1)).health());
            assertEquals(0, s.container(s.name("seed", 1)).exitCode(), "a finished job counts as ready");
            assertEquals("hi\n", ExamplesE2ETest.get("http://127.0.0.1:" + web + "/"));
        }
    }

    @Test
    void anUnhealthyServiceFailsWithItsStateAndLastLogLines() throws Exception {
        try (Stack s = new Stack(dir, "jcwait-bad", engine)) {
            s.write("compose.yaml", """
                    services:
                      api:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo cannot open config; trap 'exit 0' TERM; sleep 300 & wait"]
                        healthcheck:
                          test: ["CMD", "test", "-f", "/ready"]
                          interval: 1s
                          retries: 2
                    """);
            Stack.Run up = s.jc("up", "--wait", "--wait-timeout", "60");
            assertEquals(1, up.exitCode(), up.toString());
            assertEquals("", up.out());
            assertTrue(up.err().contains("error: service api is not ready\n"), up.toString());
            assertTrue(up.err().contains("api: container " + s.name("api", 1) + " is running (unhealthy), expected healthy"),
                    up.toString());
            assertTrue(up.err().contains("last log lines of " + s.name("api", 1) + ":\n    cannot open config"),
                    up.toString());
        }
    }

    @Test
    void theTimeoutNamesWhatIsStillStarting() throws Exception {
        try (Stack s = new Stack(dir, "jcwait-slow", engine)) {
            s.write("compose.yaml", """
                    services:
                      slow:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        healthcheck:
                          test: ["CMD", "true"]
                          interval: 1h
                    """);
            long start = System.nanoTime();
            Stack.Run up = s.jc("up", "--wait", "--wait-timeout", "2");
            assertEquals(1, up.exitCode(), up.toString());
            assertTrue(up.err().contains("error: service slow is not ready after 2s\n"), up.toString());
            assertTrue(up.err().contains("is running (health: starting), expected healthy"), up.toString());
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "gave up at the timeout");
        }
    }
}
