package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.docker.DockerJavaEngine;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shipped examples run on the real engine. Official images are replaced by local stand-ins through the
 * variables the examples take their images from (the Dockerrun file, kept as AWS published it, through an
 * override file); the locally built example runs as it is. zero-downtime runs in the rollout tests.
 */
class ExamplesE2ETest {

    static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    private static DockerJavaEngine engine;
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
            assertEquals(1, engine.listVolumes(java.util.Map.of("com.docker.compose.project", s.project)).size());
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
