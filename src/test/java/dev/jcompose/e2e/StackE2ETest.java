package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** up, down, ps, logs, start, stop, restart, rm on the real engine, state checked through the engine. */
class StackE2ETest extends EngineE2E {

    private static final String SERVE = """
              web:
                image: jcompose-test/busybox:latest
                command: ["sh", "-c", "echo hello from web > /www/index.html && echo web ready && httpd -f -p 8080 -h /www"]
                tmpfs: [/www]
            """;

    @Test
    void upStartsInDependencyOrderGatedByHealthAndPublishesOnLoopback() throws Exception {
        try (Stack s = stack("health")) {
            int port = freePort();
            s.write("compose.yaml", """
                    services:
                      db:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap 'exit 0' TERM; sleep 1; touch /ready; sleep 300 & wait"]
                        healthcheck:
                          test: ["CMD", "test", "-f", "/ready"]
                          interval: 1s
                          retries: 30
                    """ + SERVE + """
                        ports: ["127.0.0.1:%d:8080"]
                        depends_on:
                          db:
                            condition: service_healthy
                    """.formatted(port));
            Stack.Run up = s.ok("up", "-d");
            assertTrue(up.err().indexOf("Container " + s.name("db", 1) + "  Healthy")
                    < up.err().indexOf("Container " + s.name("web", 1) + "  Started"), up.toString());
            ContainerSummary web = s.container(s.name("web", 1));
            assertEquals("running", web.state());
            assertEquals("web", web.labels().get("com.docker.compose.service"));
            assertEquals("1", web.labels().get("com.docker.compose.container-number"));
            assertEquals("hello from web\n", get("http://127.0.0.1:" + port + "/"));

            Stack.Run ps = s.ok("ps");
            assertTrue(ps.out().contains("127.0.0.1:" + port + "->8080/tcp"), ps.out());
            assertTrue(ps.out().startsWith("NAME"), ps.out());
            assertTrue(ps.out().lines().anyMatch(l -> l.startsWith(s.name("db", 1))
                    && l.contains("\"sh -c 'trap 'exit 0\u2026\"")), ps.out());
            String json = s.ok("ps", "--no-trunc", "--format", "json", "db").out();
            assertTrue(json.contains("\"Command\":\"\\\"sh -c 'trap 'exit 0' TERM; sleep 1;"), json);
            assertEquals(2, s.ok("ps", "-q").out().lines().count());
            assertEquals(List.of("db", "web"), s.ok("ps", "--services").out().lines().toList());

            Stack.Run logs = s.ok("logs", "--no-log-prefix", "web");
            assertEquals("web ready\n", logs.out());
        }
    }

    @Test
    void aSecondUpWithNothingChangedDoesNothingAndAChangeRecreatesOnlyThatService() throws Exception {
        try (Stack s = stack("noop")) {
            String base = """
                    services:
                      a:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        environment:
                          LEVEL: "%s"
                      b:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """;
            s.write("compose.yaml", base.formatted("1"));
            s.ok("up", "-d");
            String a1 = s.container(s.name("a", 1)).id();
            String b1 = s.container(s.name("b", 1)).id();

            Stack.Run again = s.ok("up", "-d");
            assertTrue(again.err().contains("nothing to do"), again.toString());
            assertEquals(a1, s.container(s.name("a", 1)).id());
            assertEquals("nothing to do: the project is up to date\n", s.ok("--dry-run", "up", "-d").out());
            assertEquals("nothing to do: the project is up to date\n", s.ok("up", "-d", "--dry-run").out());

            s.write("compose.yaml", base.formatted("2"));
            String plan = s.ok("--dry-run", "up", "-d").out();
            assertTrue(plan.contains("Container " + s.name("a", 1)) && !plan.contains(s.name("b", 1)), plan);
            assertTrue(plan.contains("(environment.LEVEL changed)"), "the cause names the setting:\n" + plan);
            s.ok("up", "-d");
            assertNotEquals(a1, s.container(s.name("a", 1)).id());
            assertEquals(b1, s.container(s.name("b", 1)).id());
        }
    }

    @Test
    void secretsAndConfigsAreMountedReadOnlyAndAChangedFileRecreatesOnlyItsUsers() throws Exception {
        try (Stack s = stack("files")) {
            s.write("pw.txt", "first");
            s.write("app.conf", "level=1");
            s.write("compose.yaml", """
                    services:
                      app:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        secrets: [pw]
                        configs:
                          - source: conf
                            target: /etc/app.conf
                      bystander:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    secrets:
                      pw:
                        file: ./pw.txt
                    configs:
                      conf:
                        file: ./app.conf
                    """);
            s.ok("up", "-d");
            String app = s.name("app", 1);
            assertEquals("first", s.exec(app, "cat", "/run/secrets/pw").out());
            assertEquals("level=1", s.exec(app, "cat", "/etc/app.conf").out());
            assertNotEquals(0, s.exec(app, "sh", "-c", "echo x > /run/secrets/pw").exitCode(), "read-only");
            String appId = s.container(app).id();
            String bystanderId = s.container(s.name("bystander", 1)).id();
            assertTrue(s.ok("up", "-d").err().contains("nothing to do"));

            s.write("pw.txt", "second");
            String plan = s.ok("--dry-run", "up", "-d").out();
            assertTrue(plan.contains("(secrets.pw content changed)"), plan);
            s.ok("up", "-d");
            assertNotEquals(appId, s.container(app).id());
            assertEquals(bystanderId, s.container(s.name("bystander", 1)).id());
            assertEquals("second", s.exec(app, "cat", "/run/secrets/pw").out());
            assertTrue(s.ok("up", "-d").err().contains("nothing to do"));
        }
    }

    @Test
    void aRecreateKeepsAnonymousVolumeDataUnlessRenewAnonVolumes() throws Exception {
        try (Stack s = stack("anon")) {
            String compose = """
                    services:
                      keeper:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        environment: {GENERATION: "%s"}
                        volumes: [/data]
                    """;
            s.write("compose.yaml", compose.formatted("1"));
            s.ok("up", "-d");
            String keeper = s.name("keeper", 1);
            assertEquals(0, s.exec(keeper, "sh", "-c", "echo kept > /data/file").exitCode());
            String first = s.container(keeper).id();

            s.write("compose.yaml", compose.formatted("2"));
            Stack.Run up = s.ok("up", "-d");
            assertTrue(up.err().contains("Container " + keeper + "  Recreated"), up.toString());
            assertNotEquals(first, s.container(keeper).id());
            assertEquals(List.of(keeper), s.names(), "the temporary name is gone");
            assertEquals("kept\n", s.exec(keeper, "cat", "/data/file").out());

            String oldVolume = s.container(keeper).mounts().stream().filter(m -> "/data".equals(m.destination()))
                    .findFirst().orElseThrow().name();
            s.write("compose.yaml", compose.formatted("3"));
            try {
                s.ok("up", "-d", "-V");
                assertNotEquals(0, s.exec(keeper, "cat", "/data/file").exitCode(), "-V starts with a fresh volume");
            } finally {
                // Left behind unnamed, as Docker leaves a replaced container's anonymous volume; ours to remove.
                if (engine.findVolume(oldVolume).isPresent()) engine.removeVolume(oldVolume, true);
            }
        }
    }

    @Test
    void scaleUpAndBackDown() throws Exception {
        try (Stack s = stack("scale")) {
            s.write("compose.yaml", """
                    services:
                      w:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            s.ok("up", "-d", "--scale", "w=3");
            assertEquals(List.of(s.name("w", 1), s.name("w", 2), s.name("w", 3)), s.names());
            s.ok("up", "-d", "--scale", "w=1");
            assertEquals(List.of(s.name("w", 1)), s.names());
        }
    }

    @Test
    void namedVolumeDataSurvivesDownAndUpAndDownVolumesRemovesIt() throws Exception {
        try (Stack s = stack("vol")) {
            s.write("compose.yaml", """
                    services:
                      keeper:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        volumes: ["data:/data"]
                    volumes:
                      data: {}
                    """);
            s.ok("up", "-d");
            assertEquals(0, s.exec(s.name("keeper", 1), "sh", "-c", "echo kept > /data/file").exitCode());
            s.ok("down");
            assertTrue(s.names().isEmpty());
            assertTrue(engine.findVolume(s.project + "_data").isPresent(), "down keeps named volumes");
            s.ok("up", "-d");
            assertEquals("kept\n", s.exec(s.name("keeper", 1), "cat", "/data/file").out());
            s.ok("down", "-v");
            assertFalse(engine.findVolume(s.project + "_data").isPresent(), "down -v removes them");
            assertFalse(engine.findNetwork(s.project + "_default").isPresent());
        }
    }

    @Test
    void orphansAreKeptUntilAskedToRemoveThem() throws Exception {
        try (Stack s = stack("orphan")) {
            s.write("compose.yaml", """
                    services:
                      a:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                      gone:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            s.ok("up", "-d");
            s.write("compose.yaml", """
                    services:
                      a:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            s.ok("up", "-d");
            assertTrue(s.names().contains(s.name("gone", 1)));
            s.ok("up", "-d", "--remove-orphans");
            assertEquals(List.of(s.name("a", 1)), s.names());
        }
    }

    @Test
    void aJobGatesItsDependentsByCompletingSuccessfullyAndAChainStartsInOrder() throws Exception {
        try (Stack s = stack("chain")) {
            StringBuilder yaml = new StringBuilder("""
                    services:
                      migrate:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo migrated"]
                      s1:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        depends_on:
                          migrate:
                            condition: service_completed_successfully
                    """);
            for (int i = 2; i <= 5; i++) {
                yaml.append("  s").append(i).append(":\n    image: jcompose-test/busybox:latest\n")
                        .append("    command: $SERVE_UNTIL_STOPPED\n    depends_on: [s").append(i - 1).append("]\n");
            }
            s.write("compose.yaml", yaml.toString());
            s.ok("up", "-d");
            Instant previous = Instant.EPOCH;
            for (int i = 1; i <= 5; i++) {
                Instant started = engine.inspectContainer(s.name("s" + i, 1)).state().startedAt();
                assertTrue(started.isAfter(previous), "s" + i + " started after s" + (i - 1));
                previous = started;
            }
            assertEquals(0, engine.inspectContainer(s.name("migrate", 1)).state().exitCode());
        }
    }

    @Test
    void aServiceThatFailsStopsWhatDependsOnItAndSaysWhy() throws Exception {
        try (Stack s = stack("fail")) {
            s.write("compose.yaml", """
                    services:
                      migrate:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo cannot reach database >&2; exit 3"]
                      app:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        depends_on:
                          migrate:
                            condition: service_completed_successfully
                    """);
            Stack.Run up = s.jc("up", "-d");
            assertEquals(1, up.exitCode(), up.toString());
            assertTrue(up.err().contains("exited with code 3"), up.toString());
            assertTrue(up.err().contains("cannot reach database"), "the last log lines are shown:\n" + up);
            assertFalse(s.names().contains(s.name("app", 1)), "app is not created");

            s.write("compose.yaml", """
                    services:
                      migrate:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "exit 0"]
                      app:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        depends_on:
                          migrate:
                            condition: service_completed_successfully
                    """);
            s.ok("up", "-d");
            assertEquals("running", s.container(s.name("app", 1)).state(), "the next up repairs the stack");
        }
    }

    @Test
    void aliasesResolveBetweenServicesOnTwoNetworks() throws Exception {
        try (Stack s = stack("alias")) {
            s.write("compose.yaml", """
                    services:
                      api:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        networks:
                          front:
                            aliases: [api.internal]
                          back: {}
                      client:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        networks: [front]
                      worker:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        networks: [back]
                    networks:
                      front: {}
                      back: {}
                    """);
            s.ok("up", "-d");
            assertEquals(0, s.exec(s.name("client", 1), "ping", "-c", "1", "-W", "2", "api.internal").exitCode());
            assertEquals(0, s.exec(s.name("worker", 1), "ping", "-c", "1", "-W", "2", "api").exitCode());
            assertNotEquals(0, s.exec(s.name("worker", 1), "ping", "-c", "1", "-W", "1", "client").exitCode(),
                    "worker is not on the front network");
        }
    }

    @Test
    void shortBindsCreateTheirSourceAndLinksAndVolumesFromWork() throws Exception {
        try (Stack s = stack("binds")) {
            s.write("compose.yaml", """
                    services:
                      db:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        volumes: ["/shared"]
                      app:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        links: ["db:database"]
                        volumes_from: [db]
                        volumes: ["./made-by-engine:/out"]
                    """);
            s.ok("up", "-d");
            assertEquals(0, s.exec(s.name("app", 1), "sh", "-c", "echo hi > /out/f").exitCode());
            assertEquals("hi\n", Files.readString(s.dir.resolve("made-by-engine/f")),
                    "the missing ./made-by-engine was created and is the container's /out");
            assertEquals(0, s.exec(s.name("app", 1), "ping", "-c", "1", "-W", "2", "database").exitCode(),
                    "the link alias resolves");
            assertEquals(0, s.exec(s.name("db", 1), "sh", "-c", "echo from-db > /shared/x").exitCode());
            assertEquals("from-db\n", s.exec(s.name("app", 1), "cat", "/shared/x").out(), "volumes_from shares /shared");
        }
    }

    @Test
    void whenAnEssentialDockerrunContainerExitsAnAttachedUpStopsTheOthers() throws Exception {
        try (Stack s = stack("essential")) {
            s.write("Dockerrun.aws.json", """
                    {"AWSEBDockerrunVersion": 2, "containerDefinitions": [
                      {"name": "app", "image": "jcompose-test/busybox:latest", "essential": false,
                       "command": ["sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"]},
                      {"name": "worker", "image": "jcompose-test/busybox:latest", "essential": true,
                       "command": ["sh", "-c", "sleep 2; echo worker done"]}
                    ]}
                    """);
            Stack.Run up = s.jc("up");
            assertEquals(1, up.exitCode(), "the project stopped against the plan, though the worker exited 0\n" + up);
            assertTrue(up.err().contains("Essential container " + s.name("worker", 1) + " exited"), up.toString());
            assertTrue(up.out().contains("worker done"), "the attached up printed the logs:\n" + up);
            assertEquals("exited", s.container(s.name("app", 1)).state(), "the non-essential app was stopped");
        }
    }

    @Test
    void aVersionOneDockerrunFileWithoutImageBuildsAndRunsTheDockerfileBesideIt() throws Exception {
        try (Stack s = stack("dockerrun-build")) {
            s.copyFrom(Path.of("src/test/resources/dockerrun/v1-build"));
            int port = freePort();
            s.write("loopback.yaml", "services:\n  app:\n    ports: !override [\"127.0.0.1:%d:8000\"]\n".formatted(port));
            Stack.Run up = s.ok("-f", "Dockerrun.aws.json", "-f", "loopback.yaml", "up", "-d");
            assertTrue(up.err().contains("Service app  Built"), up.toString());
            assertEquals("built from the Dockerfile\n", ExamplesE2ETest.awaitGet("http://127.0.0.1:" + port + "/"));
            assertTrue(engine.imageExists(s.project + "-app"), "the image is named after the project and the service");
        }
    }

    @Test
    void exitCodeFromReturnsThatServicesCodeAndStopsTheRest() throws Exception {
        try (Stack s = stack("exitcode")) {
            s.write("compose.yaml", """
                    services:
                      job:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 1; echo job failing; exit 7"]
                      job-extra:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            Stack.Run up = s.jc("up", "--exit-code-from", "job");
            assertEquals(7, up.exitCode(), up.toString());
            assertTrue(up.out().contains("job-1") && up.out().contains("job failing"), up.toString());
            assertEquals("exited", s.container(s.name("job-extra", 1)).state(), "the other service was stopped");
        }
    }

    @Test
    void stopStartRestartAndRm() throws Exception {
        try (Stack s = stack("life")) {
            s.write("compose.yaml", """
                    services:
                      a:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        stop_signal: SIGKILL
                    """);
            s.ok("up", "-d");
            s.ok("stop");
            assertEquals("exited", s.container(s.name("a", 1)).state());
            assertEquals(0, s.ok("ps", "-q").out().lines().count());
            assertEquals(1, s.ok("ps", "-a", "-q").out().lines().count());
            s.ok("start");
            assertEquals("running", s.container(s.name("a", 1)).state());
            Instant started = engine.inspectContainer(s.name("a", 1)).state().startedAt();
            s.ok("restart");
            assertNotEquals(started, engine.inspectContainer(s.name("a", 1)).state().startedAt());
            s.ok("rm", "-s", "-f");
            assertTrue(s.names().isEmpty());
        }
    }

    @Test
    void psListsRestartingAndPausedContainersAsDockerComposeDoes() throws Exception {
        try (Stack s = stack("psstates")) {
            s.write("compose.yaml", """
                    services:
                      flap:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 1; exit 1"]
                        restart: always
                      held:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            s.ok("up", "-d");
            s.ok("pause", "held");
            Instant deadline = Instant.now().plusSeconds(30);
            while (!s.container(s.name("flap", 1)).state().equals("restarting")) {
                assertTrue(Instant.now().isBefore(deadline), "flap never seen restarting");
                Thread.sleep(100);
            }
            String ps = s.ok("ps", "--format", "json").out();
            assertTrue(ps.contains("\"Name\":\"" + s.name("held", 1) + "\""), ps);
            assertTrue(ps.contains("\"Name\":\"" + s.name("flap", 1) + "\""), ps);
            s.ok("unpause", "held");
        }
    }

    @Test
    void downWorksFromLabelsWhenTheComposeFileIsGone() throws Exception {
        try (Stack s = stack("nofile")) {
            s.write("compose.yaml", """
                    services:
                      a:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            s.ok("up", "-d");
            Files.delete(s.dir.resolve("compose.yaml"));
            s.ok("down", "-t", "1");
            assertTrue(s.names().isEmpty());
            assertFalse(engine.findNetwork(s.project + "_default").isPresent());
        }
    }

    private static String get(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
