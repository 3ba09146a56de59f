package dev.jcompose.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --dry-run} on the real engine, verb by verb: the engine's state of the project (containers and their
 * states, networks, volumes), the files in a container's volume and the project directory are the same after the
 * dry run as before, and the dry run succeeds.
 */
@Timeout(120)
class DryRunE2ETest extends EngineE2E {

    private static final String COMPOSE = """
            services:
              web:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                depends_on: [db]
                volumes: [data:/data]
              db:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
              extra:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
              job:
                image: jcompose-test/busybox:latest
                command: ["sleep", "3"]
                profiles: [job]
              built:
                build:
                  context: .
                  dockerfile_inline: "FROM jcompose-test/busybox:latest"
                profiles: [built]
            volumes:
              data:
            """;

    /** What a dry run must leave as it was. */
    private record Snapshot(List<String> containers, List<String> networks, List<String> volumes,
                            List<String> images, String data, List<String> projectFiles) {
    }

    private Snapshot snapshot(Stack s) throws IOException {
        Map<String, String> label = Map.of("com.docker.compose.project", s.project);
        List<String> containers = containers(s);
        List<String> networks = engine.listNetworks(label).stream().map(n -> n.name() + " " + n.id()).sorted().toList();
        List<String> volumes = engine.listVolumes(label).stream().map(v -> v.name()).sorted().toList();
        List<String> images = engine.listImages(label).stream().map(i -> i.id()).sorted().toList();
        String data = s.exec(s.name("web", 1), "sh", "-c", "ls -a /data; cat /data/seed.txt").out();
        List<String> files;
        try (Stream<Path> list = Files.list(s.dir)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        return new Snapshot(containers, networks, volumes, images, data, files);
    }

    /** The project's containers, each as name, id and state. */
    private static List<String> containers(Stack s) {
        return s.containers().stream().map(c -> c.name() + " " + c.id() + " " + c.state()).sorted().toList();
    }

    /** web (with db) is up and has a file in its volume; extra is not created; the project has seed.txt. */
    private Stack upStack(String prefix) throws IOException {
        Stack s = stack(prefix).write("compose.yaml", COMPOSE).write("seed.txt", "from the host\n");
        s.ok("up", "-d", "web");
        assertEquals(0, s.exec(s.name("web", 1), "sh", "-c", "echo seed > /data/seed.txt").exitCode());
        return s;
    }

    static Stream<Arguments> verbs() {
        return Stream.of(
                Arguments.of("up", List.of(), List.of("up", "-d")),
                Arguments.of("upAll", List.of(), List.of("up", "--force-recreate", "-d")),
                Arguments.of("upAttached", List.of(), List.of("up", "--force-recreate")),
                Arguments.of("down", List.of(), List.of("down", "-v", "--rmi", "local")),
                Arguments.of("create", List.of(), List.of("create", "--force-recreate")),
                Arguments.of("start", List.of("stop", "-t", "1", "db"), List.of("start")),
                Arguments.of("stop", List.of(), List.of("stop")),
                Arguments.of("restart", List.of(), List.of("restart")),
                Arguments.of("rm", List.of(), List.of("rm", "-f", "-s", "-v")),
                Arguments.of("kill", List.of(), List.of("kill")),
                Arguments.of("pause", List.of(), List.of("pause")),
                Arguments.of("unpause", List.of("pause", "db"), List.of("unpause")),
                Arguments.of("run", List.of(), List.of("run", "--rm", "web", "touch", "/data/run-marker")),
                Arguments.of("runNew", List.of(), List.of("run", "extra", "touch", "/run-marker")),
                Arguments.of("runDetached", List.of(), List.of("run", "-d", "web", "touch", "/data/run-marker")),
                Arguments.of("exec", List.of(), List.of("exec", "-T", "web", "touch", "/data/exec-marker")),
                Arguments.of("execDetached", List.of(), List.of("exec", "-d", "web", "touch", "/data/exec-marker")),
                Arguments.of("cpIn", List.of(), List.of("cp", "seed.txt", "web:/data/seed.txt")),
                Arguments.of("cpInNew", List.of(), List.of("cp", "seed.txt", "web:/data/new.txt")),
                Arguments.of("cpOut", List.of(), List.of("cp", "web:/data/seed.txt", "copied.txt")),
                Arguments.of("scale", List.of(), List.of("scale", "web=2")),
                Arguments.of("pull", List.of(), List.of("pull")),
                Arguments.of("build", List.of(), List.of("--profile", "built", "build", "built")),
                Arguments.of("push", List.of(), List.of("push")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbs")
    void aDryRunChangesNothing(String name, List<String> before, List<String> verb) throws Exception {
        try (Stack s = upStack("dry-" + name.toLowerCase())) {
            if (!before.isEmpty()) s.ok(before.toArray(String[]::new));
            Snapshot was = snapshot(s);

            Stack.Run dry = s.jc(Stream.concat(Stream.of("--dry-run"), verb.stream()).toArray(String[]::new));

            assertEquals(0, dry.exitCode(), dry.toString());
            assertEquals(was, snapshot(s), dry.toString());
        }
    }

    @Test
    void aDryRunTellsWhatItWouldDoInDockerComposesWords() throws Exception {
        try (Stack s = upStack("dry-told")) {
            Stack.Run run = s.jc("--dry-run", "run", "-d", "web", "true");
            assertTrue(run.out().strip().matches("[0-9a-f]{64}"), "a made-up id: " + run);
            String created = " DRY-RUN MODE - Container " + s.project + "-web-run-";
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(created) && l.endsWith("  Created")), run.err());
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(created) && l.endsWith("  Started")), run.err());

            Stack.Run exec = s.jc("--dry-run", "exec", "-T", "web", "touch", "/data/exec-marker");
            assertEquals("", exec.out());
            assertEquals(" DRY-RUN MODE - Container " + s.name("web", 1) + "  Executed touch /data/exec-marker\n",
                    exec.err());
        }
    }

    @Test
    void waitDownProjectWaitsForReallyButTakesNothingDown() throws Exception {
        try (Stack s = upStack("dry-wait")) {
            s.ok("--profile", "job", "up", "-d", "job");
            Stack.Run waited = s.jc("--dry-run", "--profile", "job", "wait", "--down-project", "job");

            assertEquals(0, waited.exitCode(), waited.toString());
            String job = s.container(s.name("job", 1)).id();
            assertEquals("container \"" + job + "\" exited with status code 0\n", waited.out());
            assertTrue(waited.err().contains("DRY-RUN MODE - Container " + s.name("web", 1) + "  Removed"),
                    waited.toString());
            assertEquals(List.of(s.name("db", 1) + " running", s.name("job", 1) + " exited",
                            s.name("web", 1) + " running"),
                    s.containers().stream().map(c -> c.name() + " " + c.state()).sorted().toList());
            assertEquals(1, engine.listNetworks(Map.of("com.docker.compose.project", s.project)).size());
            assertEquals(1, engine.listVolumes(Map.of("com.docker.compose.project", s.project)).size());
        }
    }

    @Test
    void watchSyncsAndRestartsNothing() throws Exception {
        try (Stack s = stack("dry-watch").write("www/a.txt", "a\n").write("restart.txt", "r\n").write("compose.yaml", """
                services:
                  web:
                    image: jcompose-test/busybox:latest
                    command: $SERVE_UNTIL_STOPPED
                    develop:
                      watch:
                        - {path: ./www, target: /www, action: sync}
                        - {path: ./restart.txt, target: /restart.txt, action: sync+restart}
                """)) {
            s.ok("up", "-d");
            String web = s.name("web", 1);
            var started = engine.inspectContainer(web).state().startedAt();
            Stack.Background watch = s.start("--dry-run", "watch");
            try {
                watch.awaitErr("watching restart.txt for web", 60);
                s.write("www/b.txt", "b\n").write("restart.txt", "r2\n");
                watch.awaitErr("restarted " + web, 30);
            } finally {
                Stack.Run end = watch.stop();
                assertEquals(130, end.exitCode(), end.toString());
                assertTrue(end.err().contains("DRY-RUN MODE - Container " + web + "  Copied"), end.toString());
            }
            assertEquals(1, s.exec(web, "test", "-e", "/www/b.txt").exitCode(), "nothing synced");
            assertEquals(1, s.exec(web, "test", "-e", "/restart.txt").exitCode(), "nothing synced");
            assertEquals(started, engine.inspectContainer(web).state().startedAt(), "not restarted");
        }
    }

    @Test
    void rolloutRollbackAndAnUpThatWouldRollOutChangeNothing() throws Exception {
        RolloutE2ETest.requireFrontImage(engine);
        try (Stack s = stack("dry-rollout").env("JCOMPOSE_FRONT_IMAGE", RolloutE2ETest.FRONT_IMAGE)) {
            int port = RolloutE2ETest.freePort();
            s.write("compose.yaml", RolloutE2ETest.httpProject(port, "v1")).ok("up", "-d");
            s.write("compose.yaml", RolloutE2ETest.httpProject(port, "v2")).ok("up", "-d");
            List<String> was = containers(s);
            s.write("compose.yaml", RolloutE2ETest.httpProject(port, "v3"));

            for (String[] verb : List.of(new String[] {"rollout", "--force"}, new String[] {"rollback", "web"},
                    new String[] {"up", "-d"})) {
                Stack.Run dry = s.jc(Stream.concat(Stream.of("--dry-run"), Stream.of(verb)).toArray(String[]::new));
                assertEquals(0, dry.exitCode(), dry.toString());
                assertEquals(was, containers(s), dry.toString());
                assertEquals("v2\n", RolloutE2ETest.body(port, "/"), dry.toString());
            }
        }
    }
}
