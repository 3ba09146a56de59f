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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shipped examples run on the real engine. Official images are replaced by local stand-ins through the
 * variables the examples take their images from (the Dockerrun file, kept as AWS published it, through an
 * override file), and the rollout front's image through {@code JCOMPOSE_FRONT_IMAGE}; the locally built example
 * runs as it is.
 */
class ExamplesE2ETest {

    static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    private static DockerEngine engine;
    private static StandIns standIns;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        engine = Stack.engineOrSkip();
        standIns = new StandIns(engine);
    }

    @AfterAll
    static void disconnect() {
        if (standIns != null) standIns.close();
        if (engine != null) engine.close();
    }

    private Stack example(String name) throws Exception {
        return new Stack(dir, "jcex-" + name, engine).copyFrom(EXAMPLES.resolve(name));
    }

    @Test
    void webDbCacheStartsTheWebAppAfterDatabaseAndCacheAreHealthy() throws Exception {
        try (Stack s = example("web-db-cache")) {
            int web = freePort();
            int db = freePort();
            s.env("POSTGRES_IMAGE", standIns.image("postgres")).env("REDIS_IMAGE", standIns.image("redis"))
                    .env("PYTHON_IMAGE", standIns.image("python"))
                    .env("WEB_PORT", String.valueOf(web)).env("DB_PORT", String.valueOf(db));
            Stack.Run up = s.ok("up", "--wait");
            int webStarted = up.err().indexOf("Container " + s.name("web", 1) + "  Started");
            assertTrue(webStarted > 0, up.toString());
            assertTrue(up.err().indexOf("Container " + s.name("db", 1) + "  Healthy") < webStarted, up.toString());
            assertTrue(up.err().indexOf("Container " + s.name("cache", 1) + "  Healthy") < webStarted, up.toString());
            assertEquals("web   http://127.0.0.1:" + web + "\ndb    127.0.0.1:" + db + "\n", up.out(),
                    "--wait prints what is reachable once all three are healthy");
            assertEquals("healthy", s.container(s.name("web", 1)).health());
            assertEquals("stand-in python running /app/app.py\n", get("http://127.0.0.1:" + web + "/"));
            assertTrue(s.exec(s.name("web", 1), "test", "-f", "/app/app.py").exitCode() == 0, "./app is mounted");
            assertEquals(1, engine.listVolumes(Map.of("com.docker.compose.project", s.project)).size());
        }
    }

    @Test
    void dockerrunMultiRunsMysqlAndNginxLinked() throws Exception {
        try (Stack s = example("dockerrun-multi")) {
            int port = freePort();
            s.write("stand-ins.yaml", """
                    services:
                      mysql-app:
                        image: %s
                      nginx-proxy:
                        image: %s
                        ports: !override ["127.0.0.1:%d:80"]
                    """.formatted(standIns.image("mysql"), standIns.image("nginx"), port));
            s.ok("-f", "Dockerrun.aws.json", "-f", "stand-ins.yaml", "up", "-d");
            assertEquals(List.of(s.name("mysql-app", 1), s.name("nginx-proxy", 1)), s.names());
            assertEquals("stand-in nginx\n", awaitGet("http://127.0.0.1:" + port + "/"));
            Stack.Run link = s.exec(s.name("nginx-proxy", 1), "nc", "-w", "2", "mysql-app", "3306");
            assertEquals("stand-in mysql\r\n", link.out(), "the link reaches mysql-app by name: " + link);
            assertEquals("true", s.exec(s.name("nginx-proxy", 1), "sh", "-c",
                    "test -d /etc/nginx/conf.d && test -f /etc/nginx/conf.d/default.conf && echo true").out().strip());
        }
    }

    @Test
    void devProdRunsTheDevelopmentSetupAndItsProfiles() throws Exception {
        try (Stack s = example("dev-prod")) {
            int web = freePort();
            s.env("WEB_IMAGE", standIns.image("nginx")).env("REDIS_IMAGE", standIns.image("redis"))
                    .env("WEB_PORT", String.valueOf(web)).env("CACHE_PORT", String.valueOf(freePort()));
            s.ok("up", "-d");
            assertEquals(List.of(s.name("cache", 1), s.name("web", 1)), s.names(), "no profile, no extra service");
            String page = awaitGet("http://127.0.0.1:" + web + "/");
            assertEquals(Files.readString(s.dir.resolve("site/index.html")), page);

            s.write("site/index.html", "edited\n");
            assertEquals("edited\n", get("http://127.0.0.1:" + web + "/"), "./site is bind-mounted in development");

            s.ok("--profile", "debug", "up", "-d");
            assertEquals("running", s.container(s.name("cache-monitor", 1)).state());

            s.ok("--profile", "tools", "up", "cache-backup");
            assertEquals("Transfer finished with success.\n", s.ok("--profile", "tools", "logs", "--no-log-prefix", "cache-backup").out());
            assertEquals("stand-in snapshot\n", Files.readString(s.dir.resolve("backups/dump.rdb")));
            assertEquals(0, s.container(s.name("cache-backup", 1)).exitCode());
        }
    }

    @Test
    void migrationJobRunsBeforeTheApp() throws Exception {
        try (Stack s = example("migration-job")) {
            int app = freePort();
            s.env("POSTGRES_IMAGE", standIns.image("postgres")).env("APP_IMAGE", standIns.image("adminer"))
                    .env("APP_PORT", String.valueOf(app));
            Stack.Run up = s.ok("up", "--wait");
            assertEquals("app   http://127.0.0.1:" + app + "\n", up.out());
            assertTrue(up.err().indexOf("Container " + s.name("migrate", 1) + "  Exited")
                    < up.err().indexOf("Container " + s.name("app", 1) + "  Started"), up.toString());
            ContainerSummary migrate = s.container(s.name("migrate", 1));
            assertEquals("exited", migrate.state());
            assertEquals(0, migrate.exitCode());
            assertEquals("""
                    applying 001_create_visits.sql
                    applying 002_index_visits.sql
                    migrations done
                    """, s.ok("logs", "--no-log-prefix", "migrate").out());
            assertEquals("stand-in adminer\n", awaitGet("http://127.0.0.1:" + app + "/"));
        }
    }

    @Test
    void aFailedMigrationKeepsTheAppFromStarting() throws Exception {
        try (Stack s = example("migration-job")) {
            s.env("POSTGRES_IMAGE", standIns.image("postgres")).env("APP_IMAGE", standIns.image("adminer"))
                    .env("APP_PORT", String.valueOf(freePort()));
            s.write("migrations/003_broken.sql", "BROKEN statement;\n");
            Stack.Run up = s.jc("up", "-d");
            assertEquals(1, up.exitCode(), up.toString());
            assertTrue(up.err().contains("container " + s.name("migrate", 1) + " exited with code 3"), up.toString());
            assertTrue(up.err().contains("ERROR:  syntax error at or near \"BROKEN\""), "its last log lines: " + up);
            assertFalse(s.names().contains(s.name("app", 1)), "the app is not created: " + s.names());
        }
    }

    @Test
    void localBuildBuildsAndRunsWithoutARegistry() throws Exception {
        Path busybox = Path.of("/bin/busybox");
        if (!Files.isRegularFile(busybox)) fail("/bin/busybox is missing: run scripts/engine-up.sh");
        try (Stack s = example("local-build")) {
            Files.copy(busybox, s.dir.resolve("busybox"));
            int port = freePort();
            s.env("HELLO_PORT", String.valueOf(port));
            String image = s.project + "-hello";
            try {
                Stack.Run up = s.ok("up", "--wait");
                assertTrue(up.err().contains("Service hello  Built"), up.toString());
                assertEquals("hello   http://127.0.0.1:" + port + "\n", up.out());
                assertTrue(get("http://127.0.0.1:" + port + "/").contains("Hello from a locally built image"));
                assertTrue(get("http://127.0.0.1:" + port + "/cgi-bin/env").startsWith("hostname: "));
                assertTrue(engine.imageExists(image));
            } finally {
                s.jc("down", "--rmi", "local", "-t", "1");
            }
            assertFalse(engine.imageExists(image), "down --rmi local removed the image it built");
        }
    }

    // --- zero-downtime ---

    /** What the example's nginx answers: "version N from HOSTNAME" (a container's hostname is its short id). */
    private static final Pattern ANSWER = Pattern.compile("version (\\S+) from (\\S+)");

    /** The zero-downtime example with a real nginx standing in for the official image, in front and behind it. */
    private Stack zeroDowntime(int port) throws Exception {
        RolloutE2ETest.requireFrontImage(engine);
        String web = standIns.officialNginx();
        return example("zero-downtime").env("WEB_IMAGE", web).env("JCOMPOSE_FRONT_IMAGE", RolloutE2ETest.FRONT_IMAGE)
                .env("WEB_PORT", String.valueOf(port));
    }

    private record UnderLoad(Stack.Run run, Load load) {
        /** version → requests it answered */
        Map<String, Integer> versions() {
            Map<String, Integer> out = new TreeMap<>();
            load.answers().forEach((answer, n) -> out.merge(parse(answer).group(1), n, Integer::sum));
            return out;
        }
    }

    /** Runs {@code command} while two HTTP clients ask the front, one request after another. */
    private static UnderLoad underLoad(int port, java.util.concurrent.Callable<Stack.Run> command) throws Exception {
        Load load = Load.http(port);
        return new UnderLoad(load.during(command), load);
    }

    private static Matcher parse(String answer) {
        Matcher m = ANSWER.matcher(answer);
        assertTrue(m.matches(), "not the example's answer: " + answer);
        return m;
    }

    /** The hostnames (short container ids) that answer {@code n} requests, all of which must be {@code version}. */
    private static Set<String> answering(int port, String version, int n) throws Exception {
        Set<String> hosts = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            Matcher m = parse(Load.httpNewConnection(port).ask());
            assertEquals(version, m.group(1), m.group());
            hosts.add(m.group(2));
        }
        return hosts;
    }

    private static Set<String> shortIds(Stack s, String... names) {
        Set<String> out = new TreeSet<>();
        for (String name : names) out.add(s.container(name).id().substring(0, 12));
        return out;
    }

    @Test
    void zeroDowntimeRollsOutAndBackUnderLoadWithoutAFailedRequest() throws Exception {
        int port = freePort();
        try (Stack s = zeroDowntime(port)) {
            Stack.Run up = s.ok("up", "--wait");
            assertEquals("web   http://127.0.0.1:" + port + "\n", up.out(), "reachable where the front publishes it");
            String web1 = s.name("web", 1);
            String web2 = s.name("web", 2);
            Set<String> first = shortIds(s, web1, web2);
            assertEquals(first, answering(port, "1", 20), "both replicas serve version 1");

            s.env("APP_VERSION", "2");
            UnderLoad rollout = underLoad(port, () -> s.ok("rollout", "web"));
            System.out.println("zero-downtime rollout: " + rollout.load().report());
            assertEquals(List.of(), rollout.load().failures(), rollout.load().report());
            assertTrue(rollout.load().answered() > 500, "too little load to prove anything: " + rollout.load().report());
            assertEquals(Set.of("1", "2"), rollout.versions().keySet(), "switched from 1 to 2 under load");
            assertTrue(rollout.run().err().contains("Service web  Rolled out"), rollout.run().toString());

            String web3 = s.name("web", 3);
            String web4 = s.name("web", 4);
            assertEquals(shortIds(s, web3, web4), answering(port, "2", 20), "only the new replicas serve, version 2");
            assertEquals(List.of(web1 + "-retired", web2 + "-retired", web3, web4, s.project + "-web-front"), s.names());
            for (String old : List.of(web1 + "-retired", web2 + "-retired")) {
                assertEquals("exited", s.container(old).state(), "the old replica is stopped, kept for rollback: " + old);
            }

            UnderLoad rollback = underLoad(port, () -> s.ok("rollback", "web"));
            System.out.println("zero-downtime rollback: " + rollback.load().report());
            assertEquals(List.of(), rollback.load().failures(), rollback.load().report());
            assertEquals(Set.of("1", "2"), rollback.versions().keySet(), "switched from 2 back to 1 under load");
            assertEquals(first, answering(port, "1", 20), "the very replicas of version 1 serve again");
            assertEquals(List.of(web1, web2, web3 + "-retired", web4 + "-retired", s.project + "-web-front"), s.names());
        }
    }

    @Test
    void zeroDowntimeRollsBackANewVersionThatNeverTurnsHealthyWithoutAFailedRequest() throws Exception {
        int port = freePort();
        try (Stack s = zeroDowntime(port)) {
            s.ok("up", "--wait");
            Set<String> serving = shortIds(s, s.name("web", 1), s.name("web", 2));
            // Version 3 answers its health endpoint with 503: its own templates, mounted over the example's.
            String template = Files.readString(s.dir.resolve("templates/default.conf.template"));
            String broken = template.replace("return 200 \"ok\\n\";", "return 503 \"not ready\\n\";");
            assertNotEquals(template, broken);
            s.write("broken/default.conf.template", broken);
            s.write("compose.override.yaml", """
                    services:
                      web:
                        volumes:
                          - ./broken:/etc/nginx/templates:ro
                    """);
            s.env("APP_VERSION", "3");

            UnderLoad failed = underLoad(port, () -> s.jc("rollout", "web"));
            System.out.println("zero-downtime failed rollout: " + failed.load().report());
            assertEquals(1, failed.run().exitCode(), failed.run().toString());
            assertTrue(failed.run().err().contains("rollout of web rolled back"), failed.run().err());
            assertTrue(failed.run().err().contains(s.name("web", 3) + " is unhealthy"), failed.run().err());
            assertEquals(List.of(), failed.load().failures(), failed.load().report());
            assertEquals(Set.of("1"), failed.versions().keySet(), "version 3 never served");
            assertEquals(serving, answering(port, "1", 20));
            assertEquals(List.of(s.name("web", 1), s.name("web", 2), s.project + "-web-front"), s.names(),
                    "the failed replica is gone");
        }
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return r.body();
    }

    /** GET once the server answers: a service without dependents is started, not yet necessarily listening. */
    static String awaitGet(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                return get(url);
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(100);
            }
        }
    }

    static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
