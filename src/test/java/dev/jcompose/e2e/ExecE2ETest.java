package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code exec} on the real engine: stdin to its end, exit codes, streams apart, the options. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ExecE2ETest extends EngineE2E {

    private Stack up(String prefix) throws Exception {
        Stack s = new Stack(dir, "jce2e-" + prefix, engine);
        s.write("compose.yaml", """
                services:
                  svc:
                    image: jcompose-test/busybox:latest
                    command: $SERVE_UNTIL_STOPPED
                """);
        s.ok("up", "-d");
        return s;
    }

    @Test
    void stdinReachesTheCommandToItsEndAndExitCodesPassThrough() throws Exception {
        try (Stack s = up("exec")) {
            Stack.Run count = s.jcWithStdin("a\nb\n".getBytes(StandardCharsets.UTF_8), "exec", "-T", "svc", "wc", "-l");
            assertEquals(0, count.exitCode(), count.toString());
            assertEquals("2\n", count.out());

            Stack.Run seven = s.jc("exec", "-T", "svc", "sh", "-c", "exit 7");
            assertEquals(7, seven.exitCode(), seven.toString());
            assertEquals("", seven.err(), "a failing command's code is passed through without a message");

            Stack.Run apart = s.jc("exec", "-T", "svc", "sh", "-c", "echo to-out; echo to-err >&2");
            assertEquals(0, apart.exitCode(), apart.toString());
            assertEquals("to-out\n", apart.out());
            assertTrue(apart.err().contains("to-err\n") && !apart.out().contains("to-err"), apart.toString());
        }
    }

    @Test
    void environmentUserWorkdirAndPrivileged() throws Exception {
        try (Stack s = up("execopts")) {
            Stack.Run r = s.jc("exec", "-T", "-e", "GREETING=hi there", "-u", "1234:5678", "-w", "/bin", "svc",
                    "sh", "-c", "echo \"$GREETING|$(id -u):$(id -g)|$(pwd)\"");
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals("hi there|1234:5678|/bin\n", r.out());

            String caps = "grep CapEff /proc/self/status";
            String plain = s.ok("exec", "-T", "svc", "sh", "-c", caps).out();
            assertTrue(plain.startsWith("CapEff:"), plain);
            Stack.Run privileged = s.jc("exec", "-T", "--privileged", "svc", "sh", "-c", caps);
            if (privileged.exitCode() == 0) {
                assertNotEquals(plain, privileged.out(), "--privileged gives the process every capability");
            } else {
                // An engine that may not grant every capability (a rootless or nested one) refuses the exec itself.
                assertEquals(126, privileged.exitCode(), privileged.toString());
                assertTrue(privileged.out().contains("unable to apply caps"), privileged.toString());
            }
        }
    }

    @Test
    void indexPicksTheReplicaAndDetachRunsInTheBackground() throws Exception {
        try (Stack s = up("execidx")) {
            s.ok("up", "-d", "--scale", "svc=2");
            String second = s.container(s.name("svc", 2)).id().substring(0, 12);
            assertEquals(second + "\n", s.ok("exec", "-T", "--index", "2", "svc", "hostname").out());
            String first = s.container(s.name("svc", 1)).id().substring(0, 12);
            assertEquals(first + "\n", s.ok("exec", "-T", "svc", "hostname").out(), "no index: the first replica");

            Stack.Run missing = s.jc("exec", "-T", "--index", "5", "svc", "true");
            assertEquals(1, missing.exitCode(), missing.toString());
            assertTrue(missing.err().contains("service \"svc\" is not running container #5"), missing.toString());

            Stack.Run detached = s.jc("exec", "-d", "svc", "sh", "-c", "sleep 1; echo done > /marker");
            assertEquals(0, detached.exitCode(), detached.toString());
            assertEquals("", detached.out());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            String marker = "";
            while (!marker.equals("done\n") && System.nanoTime() < deadline) {
                marker = s.exec(s.name("svc", 1), "sh", "-c", "cat /marker 2>/dev/null || true").out();
                if (!marker.equals("done\n")) Thread.sleep(100);
            }
            assertEquals("done\n", marker, "the detached command ran to its end");
        }
    }

    @Test
    void aStoppedServiceIsNotRunningAndAnUnknownOneIsNamed() throws Exception {
        try (Stack s = up("execstop")) {
            s.ok("stop", "-t", "1");
            Stack.Run stopped = s.jc("exec", "-T", "svc", "true");
            assertEquals(1, stopped.exitCode(), stopped.toString());
            assertTrue(stopped.err().contains("service \"svc\" is not running"), stopped.toString());

            Stack.Run unknown = s.jc("exec", "-T", "svx", "true");
            assertEquals(1, unknown.exitCode(), unknown.toString());
            assertTrue(unknown.err().contains("no such service: svx"), unknown.toString());
        }
    }

    /** Through a real process: its stdin a pipe that the test closes, as `printf 'a\nb\n' | jcompose exec -T svc wc -l`. */
    @Test
    void theLauncherPassesAPipedStdinAndItsEnd() throws Exception {
        try (Stack s = up("execpipe")) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.jcompose.Main",
                    "exec", "-T", "svc", "wc", "-l"));
            ProcessBuilder pb = new ProcessBuilder(command).directory(s.dir.toFile());
            pb.environment().put("COMPOSE_PROJECT_NAME", s.project);
            Process p = pb.start();
            try (OutputStream stdin = p.getOutputStream()) {
                stdin.write("a\nb\n".getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "jcompose ended");
            assertEquals(0, p.exitValue(), err);
            assertEquals("2\n", out, err);

            ProcessBuilder sevenBuilder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.jcompose.Main", "exec", "-T", "svc",
                    "sh", "-c", "exit 7").directory(s.dir.toFile());
            sevenBuilder.environment().put("COMPOSE_PROJECT_NAME", s.project);
            Process seven = sevenBuilder.start();
            seven.getOutputStream().close();
            seven.getInputStream().readAllBytes();
            assertTrue(seven.waitFor(60, TimeUnit.SECONDS));
            assertFalse(seven.isAlive());
            assertEquals(7, seven.exitValue(), "the command's exit code is the process's");
        }
    }
}
