package dev.jcompose.e2e;

import dev.jcompose.engine.PublishedPort;
import dev.jcompose.engine.docker.DockerEngine;
import dev.jcompose.exec.TarEntry;
import dev.jcompose.exec.TarReader;
import dev.jcompose.exec.TarWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kill, pause, unpause, top, port, wait and cp on the real engine, state checked through the engine. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ContainerToolsE2ETest extends EngineE2E {

    private static final String TWO = """
            services:
              a:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                ports: ["127.0.0.1::8080"]
              b:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
            """;

    @Test
    void pauseUnpauseAndKill() throws Exception {
        try (Stack s = stack("kill")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            Stack.Run paused = s.ok("pause", "a");
            assertTrue(paused.err().contains("Container " + s.name("a", 1) + "  Paused"), paused.toString());
            assertEquals("paused", s.container(s.name("a", 1)).state());
            assertEquals("running", s.container(s.name("b", 1)).state());
            s.ok("unpause");
            assertEquals("running", s.container(s.name("a", 1)).state());

            s.ok("kill", "-s", "SIGTERM", "a");
            assertEquals(0, engine.waitContainer(s.name("a", 1)), "SIGTERM: the service exits on its own terms");
            assertEquals("running", s.container(s.name("b", 1)).state());
            Stack.Run killed = s.ok("kill");
            assertTrue(killed.err().contains("Container " + s.name("b", 1) + "  Killed"), killed.toString());
            assertEquals(137, engine.waitContainer(s.name("b", 1)), "SIGKILL by default");

            Stack.Run nothing = s.ok("kill");
            assertTrue(nothing.err().contains("no container to kill"), nothing.toString());
        }
    }

    @Test
    void killIncludesOneOffContainersAndOrphansOnlyWhenAsked() throws Exception {
        try (Stack s = stack("killoneoff")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            String oneOff = s.ok("run", "-d", "b").out().strip();
            s.write("compose.yaml", """
                    services:
                      b:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            s.ok("kill");
            assertEquals("exited", engine.inspectContainer(oneOff).state().status(), "one-off containers are killed too");
            assertEquals("running", s.container(s.name("a", 1)).state(), "a is an orphan now: left alone");
            s.ok("kill", "--remove-orphans");
            // inspected: a newer engine's container list may still say running for a moment after the kill answered
            assertEquals("exited", engine.inspectContainer(s.name("a", 1)).state().status());
        }
    }

    @Test
    void topListsEachContainersProcesses() throws Exception {
        try (Stack s = stack("top")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            List<String> lines = s.ok("top").out().lines().toList();
            assertTrue(lines.get(0).matches("SERVICE\\s+#\\s+UID\\s+PID\\s+.*\\s+CMD"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.matches("a\\s+1\\s+.*sleep 300")), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.matches("b\\s+1\\s+.*sleep 300")), String.join("\n", lines));
            List<String> onlyB = s.ok("top", "b").out().lines().skip(1).toList();
            assertTrue(!onlyB.isEmpty() && onlyB.stream().allMatch(l -> l.startsWith("b ")), String.join("\n", onlyB));
        }
    }

    @Test
    void portPrintsTheHostAddressOfABinding() throws Exception {
        try (Stack s = stack("port")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d", "--scale", "a=2");
            for (int n = 1; n <= 2; n++) {
                PublishedPort published = engine.inspectContainer(s.name("a", n)).ports().stream()
                        .filter(PublishedPort::isPublished).findFirst().orElseThrow();
                String expected = "127.0.0.1:" + published.hostPort() + "\n";
                assertEquals(expected, s.ok("port", "--index", Integer.toString(n), "a", "8080").out());
                if (n == 1) assertEquals(expected, s.ok("port", "a", "8080").out(), "no index: the first replica");
            }
            Stack.Run udp = s.jc("port", "--protocol", "udp", "a", "8080");
            assertEquals(1, udp.exitCode(), udp.toString());
            assertTrue(udp.err().contains("no port 8080/udp for container " + s.name("a", 1)), udp.toString());
            Stack.Run notANumber = s.jc("port", "a", "http");
            assertEquals(1, notANumber.exitCode(), notANumber.toString());
        }
    }

    @Test
    void waitReturnsTheExitCodeAndDownProjectTakesItDown() throws Exception {
        try (Stack s = stack("wait")) {
            s.write("compose.yaml", """
                    services:
                      job:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 3; exit 5"]
                      other:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            s.ok("up", "-d");
            String id = s.container(s.name("job", 1)).id();
            Stack.Run waited = s.jc("wait", "job");
            assertEquals(5, waited.exitCode(), waited.toString());
            assertEquals("container \"" + id + "\" exited with status code 5\n", waited.out());
            assertEquals("running", s.container(s.name("other", 1)).state(), "only the named service was waited for");

            Stack.Run none = s.jc("wait", "job");
            assertEquals(1, none.exitCode(), none.toString());
            assertTrue(none.err().contains("no containers for project \"" + s.project + "\""), none.toString());

            s.ok("up", "-d");
            Stack.Run down = s.jc("wait", "--down-project", "job");
            assertEquals(5, down.exitCode(), down.toString());
            assertTrue(s.names().isEmpty(), "--down-project removed the project: " + s.names());
        }
    }

    @Test
    void cpCopiesFilesAndDirectoriesBothWays() throws Exception {
        try (Stack s = stack("cp")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            assertEquals(0, s.exec(s.name("b", 1), "mkdir", "-p", "/data").exitCode());
            s.write("in.txt", "hello from the host\n");
            s.ok("cp", "in.txt", "b:/data/in.txt");
            assertEquals("hello from the host\n", s.exec(s.name("b", 1), "cat", "/data/in.txt").out());
            s.ok("cp", "b:/data/in.txt", "out.txt");
            assertEquals("hello from the host\n", Files.readString(dir.resolve("out.txt")));

            s.write("tree/a.txt", "A\n");
            s.write("tree/sub/b.txt", "B\n");
            Files.setPosixFilePermissions(dir.resolve("tree/sub"), PosixFilePermissions.fromString("rwxr-x---"));
            Files.createSymbolicLink(dir.resolve("tree/link"), Path.of("a.txt"));
            s.ok("cp", "tree", "b:/data");
            assertEquals("B\n", s.exec(s.name("b", 1), "cat", "/data/tree/sub/b.txt").out(),
                    "a directory copied into an existing directory goes inside it");
            assertEquals("a.txt\n", s.exec(s.name("b", 1), "readlink", "/data/tree/link").out());
            assertEquals("750\n", s.exec(s.name("b", 1), "stat", "-c", "%a", "/data/tree/sub").out());

            s.ok("cp", "b:/data/tree", "back");
            assertEquals("A\n", Files.readString(dir.resolve("back/a.txt")), "onto a missing path it takes that name");
            assertEquals("B\n", Files.readString(dir.resolve("back/sub/b.txt")));
            assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("back/sub"))));
            assertEquals(Path.of("a.txt"), Files.readSymbolicLink(dir.resolve("back/link")));

            Files.createDirectories(dir.resolve("existing"));
            s.ok("cp", "b:/data/tree/.", "existing");
            assertEquals("A\n", Files.readString(dir.resolve("existing/a.txt")), "dir/. copies the contents");

            Stack.Run missing = s.jc("cp", "b:/nope", "x");
            assertEquals(1, missing.exitCode(), missing.toString());
            assertTrue(missing.err().contains("Could not find the file /nope"), missing.toString());
            assertTrue(s.jc("cp", "in.txt", "other.txt").err().contains("unknown copy direction"));
            assertTrue(s.jc("cp", "a:/x", "b:/y").err().contains("copying between services is not supported"));
        }
    }

    @Test
    void cpToEveryReplicaFromOneAndOwnersAsTheEngineSetsThem() throws Exception {
        try (Stack s = stack("cpidx")) {
            s.write("compose.yaml", """
                    services:
                      b:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        user: "0"
                    """);
            s.ok("up", "-d", "--scale", "b=2");
            s.write("owned.txt", "mine\n");
            boolean chowned;
            try {
                Files.setAttribute(dir.resolve("owned.txt"), "unix:uid", 4242);
                chowned = true;
            } catch (java.io.IOException | SecurityException notRoot) {
                chowned = false;
            }
            s.ok("cp", "owned.txt", "b:/tmp-owned.txt");
            s.ok("cp", "-a", "owned.txt", "b:/tmp-archived.txt");
            for (int n = 1; n <= 2; n++) {
                assertEquals("mine\n", s.exec(s.name("b", n), "cat", "/tmp-owned.txt").out(), "copied into every replica");
                if (chowned) {
                    assertEquals("4242\n", s.exec(s.name("b", n), "stat", "-c", "%u", "/tmp-owned.txt").out(),
                            "the archive's owner, as docker cp leaves it");
                }
                // -a: the engine gives the files to the container's user (it looks the name up on its own host)
                assertEquals("0\n", s.exec(s.name("b", n), "stat", "-c", "%u", "/tmp-archived.txt").out(),
                        "-a: the container's user");
            }
            s.ok("cp", "b:/tmp-owned.txt", "back.txt");
            assertEquals("mine\n", Files.readString(dir.resolve("back.txt")));

            s.write("which.txt", "second\n");
            s.ok("cp", "--index", "2", "which.txt", "b:/which");
            assertEquals("second\n", s.exec(s.name("b", 2), "cat", "/which").out());
            assertEquals(1, s.exec(s.name("b", 1), "cat", "/which").exitCode(), "--index 2: only that replica");
            s.ok("cp", "--index", "2", "b:/which", "from-second.txt");
            assertEquals("second\n", Files.readString(dir.resolve("from-second.txt")));
            Stack.Run first = s.jc("cp", "b:/which", "from-first.txt");
            assertEquals(1, first.exitCode(), "copying out without an index reads the first replica: " + first);
        }
    }

    @Test
    void cpStreamsATarThroughStdinAndStdout() throws Exception {
        try (Stack s = stack("cptar")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            ByteArrayOutputStream tar = new ByteArrayOutputStream();
            TarWriter writer = new TarWriter(tar);
            byte[] content = "streamed\n".getBytes(StandardCharsets.UTF_8);
            writer.write(new TarEntry("streamed.txt", TarEntry.Type.FILE, 0644, content.length, Instant.now(), "", 0, 0),
                    new ByteArrayInputStream(content));
            writer.finish();
            Stack.Run in = s.jcWithStdin(tar.toByteArray(), "cp", "-", "b:/");
            assertEquals(0, in.exitCode(), in.toString());
            assertEquals("streamed\n", s.exec(s.name("b", 1), "cat", "/streamed.txt").out());

            Stack.Run out = s.ok("cp", "b:/streamed.txt", "-");
            TarReader reader = new TarReader(new ByteArrayInputStream(out.out().getBytes(StandardCharsets.ISO_8859_1)));
            Map<String, String> entries = new TreeMap<>();
            for (var e = reader.next(); e.isPresent(); e = reader.next()) {
                entries.put(e.get().name(), new String(reader.content().readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals(Map.of("streamed.txt", "streamed\n"), entries);
        }
    }
}
