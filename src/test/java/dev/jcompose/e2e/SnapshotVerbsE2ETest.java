package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.exec.TarEntry;
import dev.jcompose.exec.TarReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code commit}, {@code export} and {@code volumes} on the real engine. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SnapshotVerbsE2ETest extends EngineE2E {

    private static final String COMPOSE = """
            services:
              app:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                volumes: [data:/data]
              other:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                volumes: [logs:/logs]
            volumes:
              data: {}
              logs: {}
            """;

    @Test
    void commitMakesAnImageOfTheServicesContainerAndExportWritesItsFiles() throws Exception {
        try (Stack s = stack("snap")) {
            s.write("compose.yaml", COMPOSE);
            s.ok("up", "-d");
            assertEquals(0, s.exec(s.name("app", 1), "sh", "-c", "echo from-the-container > /snap.txt").exitCode());

            String image = "jcompose-test/" + s.project + ":snap";
            try {
                Stack.Run commit = s.ok("commit", "-a", "A. Author", "-m", "a message", "-c", "ENV SNAP=yes", "app",
                        image);
                String id = engine.findImage(image).orElseThrow().id();
                assertTrue(commit.err().contains("Container " + s.name("app", 1) + "  Committed as " + id),
                        commit.toString());
                // the engine port does not read an image's author and comment: the docker CLI does
                DockerCli.Result inspect = DockerCli.run(dir, Map.of(), "image", "inspect", "-f",
                        "{{.Author}}|{{.Comment}}", image);
                assertEquals("A. Author|a message\n", inspect.out(), inspect.toString());
                String copy = engine.createContainer(ContainerSpec.builder(s.project + "-copy", image)
                        .networkMode("none").build());
                try {
                    assertTrue(engine.inspectContainer(copy).env().contains("SNAP=yes"));
                    try (InputStream tar = engine.exportContainer(copy)) {
                        assertEquals("from-the-container\n", fileIn(tar, "snap.txt"));
                    }
                } finally {
                    engine.removeContainer(copy, true, true);
                }
            } finally {
                if (engine.findImage(image).isPresent()) engine.removeImage(image, true);
            }

            Stack.Run toStdout = s.ok("export", "app");
            assertTrue(toStdout.out().contains("snap.txt") && toStdout.out().contains("from-the-container\n"),
                    "the tar stream on stdout");
            s.ok("export", "-o", "app.tar", "app");
            Path file = dir.resolve("app.tar");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            try (InputStream tar = Files.newInputStream(file)) {
                assertEquals("from-the-container\n", fileIn(tar, "snap.txt"));
            }

            s.ok("stop", "-t", "1", "other");
            Stack.Run stopped = s.jc("commit", "other", "jcompose-test/" + s.project + ":never");
            assertEquals(1, stopped.exitCode(), stopped.toString());
            assertTrue(stopped.err().contains("service \"other\" is not running"), stopped.toString());
            Stack.Run noReplica = s.jc("export", "--index", "2", "app");
            assertTrue(noReplica.err().contains("service \"app\" is not running container #2"), noReplica.toString());
        }
    }

    @Test
    void volumesListsTheProjectsVolumesOrThoseOfSomeServices() throws Exception {
        try (Stack s = stack("vols")) {
            s.write("compose.yaml", COMPOSE);
            s.ok("up", "-d");
            String data = s.project + "_data";
            String logs = s.project + "_logs";
            assertEquals("DRIVER    VOLUME NAME\nlocal     " + data + "\nlocal     " + logs + "\n", s.ok("volumes").out());
            assertEquals("DRIVER    VOLUME NAME\nlocal     " + logs + "\n", s.ok("volumes", "other").out());
            assertEquals(data + "\n" + logs + "\n", s.ok("volumes", "-q").out());
            assertEquals(data + " local\n", s.ok("volumes", "--format", "{{.Name}} {{.Driver}}", "app").out());
            String json = s.ok("volumes", "--format", "json", "app").out();
            assertTrue(json.startsWith("{\"Availability\":\"N/A\",\"Driver\":\"local\",") && json.contains(
                    "\"Mountpoint\":\"/var/lib/docker/volumes/" + data + "/_data\",\"Name\":\"" + data + "\""), json);
            assertEquals(1, json.lines().count(), json);
            Stack.Run unknown = s.jc("volumes", "nope");
            assertTrue(unknown.err().contains("no such service: nope"), unknown.toString());
        }
    }

    private static String fileIn(InputStream tar, String name) throws IOException {
        TarReader reader = new TarReader(tar);
        for (var e = reader.next(); e.isPresent(); e = reader.next()) {
            if (e.get().type() == TarEntry.Type.FILE && e.get().name().equals(name)) {
                return new String(reader.content().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return fail("no " + name + " in the archive");
    }
}
