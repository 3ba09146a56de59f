package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Zero-downtime rollouts on the real engine, under steady load from the host (through the published port) and from
 * a container on the project's network (through the service name): not one request may fail.
 */
class RolloutE2ETest {

    /** Built by scripts/build-nginx-image.sh from Debian's packages. */
    static final String FRONT_IMAGE = "jcompose-test/nginx:bookworm";

    private static DockerEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        engine = Stack.engineOrSkip();
        requireFrontImage(engine);
    }

    /** Skips the test on a machine without {@link #FRONT_IMAGE}; fails it in CI. */
    static void requireFrontImage(ContainerEngine engine) {
        if (!engine.imageExists(FRONT_IMAGE)) {
            String why = FRONT_IMAGE + " is missing: run scripts/build-nginx-image.sh";
            if ("true".equals(System.getenv("CI"))) fail(why);
            abort(why);
        }
    }

    @AfterAll
    static void disconnect() {
        if (engine != null) engine.close();
    }

    private Stack stack(String prefix) {
        return new Stack(dir, "jcroll-" + prefix, engine).env("JCOMPOSE_FRONT_IMAGE", FRONT_IMAGE);
    }

    /** A 2-replica HTTP service behind a front, and a client on the network asking it by name, over and over. */
    static String httpProject(int port, String version) {
        return """
                services:
                  web:
                    image: jcompose-test/busybox:latest
                    init: true
                    command: ["sh", "-c", "mkdir -p /www && echo $$VERSION > /www/index.html && exec httpd -f -p 8080 -h /www"]
                    environment:
                      VERSION: "%s"
                    ports:
                      - target: 8080
                        published: "%d"
                        host_ip: 127.0.0.1
                        app_protocol: http
                    healthcheck:
                      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
                      interval: 1s
                      timeout: 2s
                      retries: 3
                    deploy:
                      replicas: 2
                      update_config:
                        order: start-first
                        parallelism: 1
                  probe:
                    image: jcompose-test/busybox:latest
                    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do if v=$$(wget -q -O - http://web:8080/ 2>&1); then echo \\"ok $$v\\"; else echo \\"FAIL $$v\\"; fi; done & wait"]
                    depends_on:
                      web:
                        condition: service_healthy
                """.formatted(version, port);
    }

    @Test
    void anHttpServiceIsRedeployedTwiceUnderLoadWithoutAFailedRequest() throws Exception {
        try (Stack s = stack("http")) {
            int port = freePort();
            s.write("compose.yaml", httpProject(port, "v1"));
            s.ok("up", "-d");
            String front = s.project + "-web-front";
            ContainerSummary frontContainer = s.container(front);
            assertEquals("front", frontContainer.labels().get("dev.jcompose.role"));
            assertEquals("web", frontContainer.labels().get("com.docker.compose.service"));
            assertEquals("127.0.0.1:" + port, s.ok("port", "web", "8080").out().strip());
            for (String replica : List.of(s.name("web", 1), s.name("web", 2))) {
                assertTrue(s.container(replica).ports().stream().noneMatch(p -> p.hostPort() > 0),
                        "a replica behind a front publishes nothing: " + s.container(replica).ports());
            }

            Load load = Load.http(port);
            List<Stack.Run> runs = load.during(() -> {
                s.write("compose.yaml", httpProject(port, "v2"));
                Stack.Run up = s.ok("up", "-d");
                s.write("compose.yaml", httpProject(port, "v3"));
                return List.of(up, s.ok("rollout"));
            });
            Stack.Run second = runs.get(0);
            Stack.Run third = runs.get(1);
            assertEquals(List.of(), load.failures(), "failed requests from the host; answered " + load.answers());
            assertTrue(load.answered() > 1000, "too little load to prove anything: " + load.answers());
            assertTrue(second.err().contains("Rolling out") && third.err().contains("Switched"), second + "\n" + third);

            Map<String, Integer> inNetwork = probeAnswers(s);
            assertFalse(inNetwork.keySet().stream().anyMatch(k -> k.startsWith("FAIL")),
                    "failed requests from the network: " + inNetwork);
            assertTrue(inNetwork.values().stream().mapToInt(Integer::intValue).sum() > 300, inNetwork.toString());

            for (int i = 0; i < 20; i++) assertEquals("v3", Load.httpNewConnection(port).ask());
            Stack.Run status = s.ok("rollout", "--status");
            assertTrue(status.out().contains("serving generation 3"), status.out());
            long running = s.containers().stream().filter(c -> c.name().contains("-web-") && "running".equals(c.state())
                    && !c.name().equals(front)).count();
            assertEquals(2, running, s.names().toString());
            assertEquals(frontContainer.id(), s.container(front).id(), "the front is the same container throughout");
        }
    }

    private static String tcpProject(int port, String version) {
        return """
                services:
                  echo:
                    image: jcompose-test/busybox:latest
                    init: true
                    command: ["sh", "-c", "exec nc -ll -p 9000 -e echo $$VERSION"]
                    environment:
                      VERSION: "%s"
                    ports: ["127.0.0.1:%d:9000"]
                    healthcheck:
                      test: ["CMD-SHELL", "nc 127.0.0.1 9000 </dev/null | grep -q v"]
                      interval: 1s
                      timeout: 2s
                      retries: 3
                    deploy:
                      replicas: 2
                      update_config:
                        order: start-first
                  probe:
                    image: jcompose-test/busybox:latest
                    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do v=$$(nc echo 9000 </dev/null 2>&1); if [ -n \\"$$v\\" ]; then echo \\"ok $$v\\"; else echo FAIL; fi; done & wait"]
                    depends_on:
                      echo:
                        condition: service_healthy
                """.formatted(version, port);
    }

    @Test
    void aPlainTcpServiceIsRedeployedTwiceUnderLoadWithoutAFailedConnection() throws Exception {
        try (Stack s = stack("tcp")) {
            int port = freePort();
            s.write("compose.yaml", tcpProject(port, "v1"));
            s.ok("up", "-d");
            Load load = new Load().start("tcp-1", Load.tcpLine(port)).start("tcp-2", Load.tcpLine(port));
            load.during(() -> {
                s.write("compose.yaml", tcpProject(port, "v2"));
                s.ok("up", "-d");
                s.write("compose.yaml", tcpProject(port, "v3"));
                return s.ok("rollout", "echo");
            });
            assertEquals(List.of(), load.failures(), "failed connections from the host; answered " + load.answers());
            assertTrue(load.answered() > 1000, load.answers().toString());
            assertTrue(load.answers().keySet().containsAll(List.of("v1", "v2", "v3")), load.answers().toString());
            Map<String, Integer> inNetwork = probeAnswers(s);
            assertFalse(inNetwork.keySet().stream().anyMatch(k -> k.startsWith("FAIL")), inNetwork.toString());
            assertTrue(inNetwork.containsKey("ok v3"), inNetwork.toString());
            for (int i = 0; i < 20; i++) assertEquals("v3", Load.tcpLine(port).ask());
        }
    }

    @Test
    void aNewVersionThatNeverTurnsHealthyIsRolledBackWhileTheOldOneServes() throws Exception {
        try (Stack s = stack("unhealthy")) {
            int port = freePort();
            s.write("compose.yaml", httpProject(port, "v1"));
            s.ok("up", "-d");
            String web1 = s.container(s.name("web", 1)).id();
            String web2 = s.container(s.name("web", 2)).id();
            // v2 starts, says so, and never serves: its healthcheck fails.
            String broken = httpProject(port, "v2").replace(
                    "\"mkdir -p /www && echo $$VERSION > /www/index.html && exec httpd -f -p 8080 -h /www\"",
                    "\"echo starting $$VERSION without a server; exec sleep 300\"");
            assertNotEquals(httpProject(port, "v2"), broken);
            Load load = Load.http(port);
            Stack.Run failed = load.during(() -> s.write("compose.yaml", broken).jc("up", "-d"));
            assertEquals(1, failed.exitCode(), failed.toString());
            assertTrue(failed.err().contains("rollout of web rolled back"), failed.err());
            assertTrue(failed.err().contains("is unhealthy"), failed.err());
            assertTrue(failed.err().contains("starting v2 without a server"), "the new replica's logs: " + failed.err());
            assertTrue(failed.err().contains("last health checks of " + s.name("web", 3)), failed.err());
            assertEquals(List.of(), load.failures(), "failed requests; answered " + load.answers());
            assertEquals(Map.of("v1", load.answered()), load.answers());
            assertEquals(web1, s.container(s.name("web", 1)).id());
            assertEquals(web2, s.container(s.name("web", 2)).id());
            assertTrue(s.names().stream().noneMatch(n -> n.contains("-web-3")), "the failed replica is gone: " + s.names());
            Map<String, Integer> inNetwork = probeAnswers(s);
            assertEquals(Map.of("ok v1", inNetwork.values().stream().mapToInt(Integer::intValue).sum()), inNetwork);
        }
    }

    @Test
    void aFirstUpThatNeverTurnsHealthySaysNothingServesWithTheReplicasLastLines() throws Exception {
        try (Stack s = stack("first")) {
            int port = freePort();
            String broken = httpProject(port, "v1").replace("replicas: 2", "replicas: 1").replace(
                    "\"mkdir -p /www && echo $$VERSION > /www/index.html && exec httpd -f -p 8080 -h /www\"",
                    "\"echo starting $$VERSION without a server; exec sleep 300\"");
            Stack.Run failed = s.write("compose.yaml", broken).jc("up", "-d");
            assertEquals(1, failed.exitCode(), failed.toString());
            assertTrue(failed.err().contains("web did not come up") && failed.err().contains("nothing serves"),
                    failed.err());
            assertFalse(failed.err().contains("previous version"), failed.err());
            assertTrue(failed.err().contains("starting v1 without a server"), "the replica's logs: " + failed.err());
            Stack.Run status = s.ok("rollout", "--status");
            assertTrue(status.out().contains("-web-front running, serving no replica"), status.out());
        }
    }

    @Test
    void aFailedRolloutKeepsTheRollbackTargetAndTheFrontNamesTheGenerationServing() throws Exception {
        try (Stack s = stack("keep")) {
            int port = freePort();
            s.write("compose.yaml", httpProject(port, "v1").replace("replicas: 2", "replicas: 1"));
            s.ok("up", "-d");
            s.write("compose.yaml", httpProject(port, "v2").replace("replicas: 2", "replicas: 1"));
            s.ok("up", "-d");
            String retired = s.container(s.name("web", 1) + "-retired").id();
            String broken = httpProject(port, "v3").replace("replicas: 2", "replicas: 1").replace(
                    "\"mkdir -p /www && echo $$VERSION > /www/index.html && exec httpd -f -p 8080 -h /www\"",
                    "\"exec sleep 300\"");
            Stack.Run failed = s.write("compose.yaml", broken).jc("rollout");
            assertEquals(1, failed.exitCode(), failed.toString());

            assertEquals(retired, s.container(s.name("web", 1) + "-retired").id(),
                    "the failed rollout left the rollback target: " + s.names());
            Stack.Run status = s.ok("rollout", "--status");
            assertTrue(status.out().contains("serving generation 2 on " + s.name("web", 2)), status.out());
            assertEquals("v2", Load.httpNewConnection(port).ask());

            Stack.Run back = s.ok("rollback", "web");
            assertTrue(back.err().contains("Rolled back to generation 1") && !back.err().contains("Rolled out"),
                    back.toString());
            assertEquals("v1", Load.httpNewConnection(port).ask());
            assertTrue(s.ok("rollout", "--status").out().contains("serving generation 1"), back.toString());
        }
    }

    /**
     * jcompose is killed (SIGKILL) the moment the engine reports {@code action} on a replica of {@code generation}:
     * a new replica turning healthy (before the switch), or a replaced one being stopped (after the switch, while
     * the next batch starts).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2, health_status: healthy", "1, kill"})
    void aRolloutKilledHalfWayIsFinishedByTheNextUpWithoutAFailedRequest(String generation, String action)
            throws Exception {
        try (Stack s = stack("crash")) {
            int port = freePort();
            s.write("compose.yaml", httpProject(port, "v1"));
            s.ok("up", "-d");
            Load load = Load.http(port);
            Stack.Run repair = load.during(() -> {
                s.write("compose.yaml", httpProject(port, "v2"));
                java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
                try (var events = engine.events(Map.of("com.docker.compose.project", s.project,
                        "dev.jcompose.generation", generation), e -> {
                    if (e.action().strip().equals(action)) reached.countDown();
                })) {
                    try (JcomposeProcess jcompose = JcomposeProcess.start(s.dir, s.environment(), "up", "-d")) {
                        try {
                            assertTrue(reached.await(120, java.util.concurrent.TimeUnit.SECONDS),
                                    "never saw " + action + "\n" + jcompose);
                        } finally {
                            jcompose.kill();
                        }
                    }
                }
                return s.ok("up", "-d");
            });
            assertEquals(List.of(), load.failures(), "failed requests; answered " + load.answers());
            assertTrue(repair.err().contains("Rolled out"), repair.toString());
            for (int i = 0; i < 20; i++) assertEquals("v2", Load.httpNewConnection(port).ask());
            List<ContainerSummary> fronts = s.containers().stream()
                    .filter(c -> "front".equals(c.labels().get("dev.jcompose.role"))).toList();
            assertEquals(1, fronts.size(), s.names().toString());
            assertTrue(fronts.get(0).ports().stream().anyMatch(p -> p.hostPort() == port), fronts.get(0).ports().toString());
            assertEquals(2, s.containers().stream().filter(c -> "2".equals(c.labels().get("dev.jcompose.generation"))
                    && "running".equals(c.state())).count(), s.names().toString());
            assertTrue(s.ok("up", "-d").err().contains("nothing to do"), "converged: a further up does nothing");
        }
    }

    private static String volumeProject(int port, String version, String extraLabels) {
        return """
                services:
                  db:
                    image: jcompose-test/busybox:latest
                    init: true
                    command: ["sh", "-c", "echo $$VERSION >> /data/history && exec httpd -f -p 8080 -h /data"]
                    environment:
                      VERSION: "%s"
                    volumes: ["data:/data"]
                    ports:
                      - target: 8080
                        published: "%d"
                        host_ip: 127.0.0.1
                        app_protocol: http
                    healthcheck:
                      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/history"]
                      interval: 1s
                      retries: 3
                    deploy:
                      update_config:
                        order: start-first
                %s
                volumes:
                  data: {}
                """.formatted(version, port, extraLabels);
    }

    @Test
    void aSingleWriterKeepsItsVolumeDataIsReplacedStopFirstAndRollsBack() throws Exception {
        try (Stack s = stack("volume")) {
            int port = freePort();
            s.write("compose.yaml", volumeProject(port, "v1", ""));
            s.ok("up", "-d");
            assertEquals("v1\n", body(port, "/history"));
            s.write("compose.yaml", volumeProject(port, "v2", ""));
            String plan = s.ok("--dry-run", "up", "-d").out();
            assertTrue(plan.contains("stop-first"), plan);
            s.ok("up", "-d");
            assertEquals("v1\nv2\n", body(port, "/history"), "the data written before the rollout is still there");

            ContainerSummary retired = s.container(s.name("db", 1) + "-retired");
            ContainerSummary current = s.container(s.name("db", 2));
            var oldState = engine.inspectContainer(retired.id()).state();
            var newState = engine.inspectContainer(current.id()).state();
            assertFalse(oldState.running());
            assertFalse(newState.startedAt().isBefore(oldState.finishedAt()),
                    "one writer at a time: old stopped " + oldState.finishedAt() + ", new started " + newState.startedAt());

            Stack.Run ps = s.ok("ps");
            assertTrue(ps.out().contains(s.project + "-db-front") && ps.out().contains("127.0.0.1:" + port + "->8080/tcp"),
                    ps.out());
            assertFalse(s.ok("logs").out().contains("front"), "logs leave the front out");

            Stack.Run back = s.ok("rollback", "db");
            assertTrue(back.err().contains("Restored"), back.toString());
            assertEquals(retired.id(), s.container(s.name("db", 1)).id(), "the retired replica serves again");
            assertEquals("v1\nv2\nv1\n", body(port, "/history"));
            Stack.Run status = s.ok("rollout", "--status");
            assertTrue(status.out().contains("serving generation 1"), status.out());
            assertTrue(status.out().contains(s.name("db", 2) + "-retired"), status.out());

            s.ok("down");
            assertEquals(List.of(), s.names(), "down removes the front and the retired replicas");
        }
    }

    @Test
    void aFrontWhoseNginxCannotStartIsReportedAsExitedWithItsLastLogLines() throws Exception {
        String image = "jcompose-test/nginx-nostream:" + Long.toHexString(System.nanoTime());
        String maker = "jcroll-nostream-" + Long.toHexString(System.nanoTime());
        engine.createContainer(dev.jcompose.engine.ContainerSpec.builder(maker, FRONT_IMAGE)
                .cmd("rm", "/etc/nginx/modules-enabled/50-mod-stream.conf").build());
        try {
            engine.startContainer(maker);
            assertEquals(0, engine.waitContainer(maker));
            engine.commitContainer(maker, new dev.jcompose.engine.CommitSpec(image, null, null, List.of(), false));
            try (Stack s = new Stack(dir, "jcroll-nostream", engine).env("JCOMPOSE_FRONT_IMAGE", image)) {
                s.write("compose.yaml", tcpProject(freePort(), "v1"));
                Stack.Run failed = s.jc("up", "-d", "echo");
                assertEquals(1, failed.exitCode(), failed.toString());
                assertTrue(failed.err().contains("front " + s.project + "-echo-front exited with code 1"), failed.err());
                assertTrue(failed.err().contains("unknown directive \"stream\""), "nginx's own words: " + failed.err());
                assertFalse(failed.err().contains("list processes"), failed.err());
            }
        } finally {
            engine.removeContainer(maker, true, true);
            engine.removeImage(image, true);
        }
    }

    @Test
    void rolloutRefusesAServiceThatIsNotBehindAFront() throws Exception {
        try (Stack s = stack("refuse")) {
            s.write("compose.yaml", """
                    services:
                      plain:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            Stack.Run r = s.jc("rollout", "plain");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("plain does not roll out without downtime")
                    && r.err().contains("order: start-first"), r.err());
        }
    }

    static String body(int port, String path) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path)).build();
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The probe container's answers by first word and version: "ok v1" → count, "FAIL ..." → count. */
    private static Map<String, Integer> probeAnswers(Stack s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.logs(s.name("probe", 1), LogOptions.ALL, (stream, bytes) -> out.writeBytes(bytes)).close();
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            counts.merge(line.startsWith("ok") ? line : "FAIL " + line, 1, Integer::sum);
        }
        return counts;
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
