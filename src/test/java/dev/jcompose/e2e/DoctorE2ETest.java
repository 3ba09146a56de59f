package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code doctor} against the real engine and this machine's ports. */
class DoctorE2ETest extends EngineE2E {

    private static final String PROJECT = """
            services:
              web:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                ports: ["127.0.0.1:%d:80"]
              later:
                image: %s
                profiles: [later]
            """;

    @Test
    void reportsTheEngineTheImagesAndTheFreePortsThenAPortThatIsTaken() throws Exception {
        String absent = "jcompose-test/absent-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
        try (Stack s = new Stack(dir, "jcdoctor", engine);
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int free = ExamplesE2ETest.freePort();
            s.write("compose.yaml", PROJECT.formatted(free, absent));

            Stack.Run ok = s.jc("--profile", "later", "doctor");
            assertEquals(0, ok.exitCode(), ok.toString());
            assertTrue(ok.out().startsWith("ok      engine: Docker Engine " + engine.info().serverVersion() + ", API "),
                    ok.out());
            assertTrue(ok.out().contains("ok      image jcompose-test/busybox:latest: present (web)\n"), ok.out());
            assertTrue(ok.out().contains("note    image " + absent + ": not present locally, will be pulled from "
                    + "docker.io (later)\n"), ok.out());
            assertTrue(ok.out().contains("ok      port 127.0.0.1:" + free + "/tcp: free (web)\n"), ok.out());
            assertTrue(ok.out().endsWith("no problems found\n"), ok.out());

            s.ok("up", "-d");
            assertTrue(s.ok("doctor").out().contains("ok      port 127.0.0.1:" + free + "/tcp: published by "
                    + s.name("web", 1) + " of this project (web)\n"), "its own port is not a problem");

            s.write("compose.yaml", PROJECT.formatted(taken.getLocalPort(), absent));
            Stack.Run bad = s.jc("doctor");
            assertEquals(1, bad.exitCode(), bad.toString());
            assertTrue(bad.out().contains("PROBLEM port 127.0.0.1:" + taken.getLocalPort()
                    + "/tcp: already in use (web at compose.yaml:5:13)\n"
                    + "        fix: stop what listens on it, or publish web on another port\n"), bad.out());
            assertTrue(bad.out().endsWith("1 problem found\n"), bad.out());
        }
    }
}
