package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.PublishedPort;
import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run} on the real engine: one-off names and labels, exit codes, stdin, dependencies, the options. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class RunE2ETest extends EngineE2E {

    private static final String SERVICES = """
            services:
              db:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
              app:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                ports: ["127.0.0.1::8080"]
                environment:
                  FROM_FILE: yes
                depends_on: [db]
            """;

    private List<ContainerSummary> oneOffs(Stack s) {
        return s.containers().stream().filter(c -> "True".equals(c.labels().get("com.docker.compose.oneoff"))).toList();
    }

    @Test
    void theExitCodeIsTheCommandsAndRmRemovesTheContainer() throws Exception {
        try (Stack s = stack("runrm")) {
            s.write("compose.yaml", SERVICES);
            Stack.Run three = s.jc("run", "--rm", "--no-deps", "app", "sh", "-c", "echo to-out; echo to-err >&2; exit 3");
            assertEquals(3, three.exitCode(), three.toString());
            assertEquals("to-out\n", three.out());
            assertTrue(three.err().contains("to-err\n") && !three.out().contains("to-err"), three.toString());
            assertTrue(s.names().isEmpty(), "--rm removed the container and --no-deps started nothing: " + s.names());

            Stack.Run ok = s.jc("run", "--no-deps", "app", "true");
            assertEquals(0, ok.exitCode(), ok.toString());
            assertEquals(1, oneOffs(s).size(), "without --rm the exited container stays");
            // inspected: a newer engine's container list may still say running for a moment after the wait answered
            assertEquals("exited", engine.inspectContainer(oneOffs(s).get(0).id()).state().status());
        }
    }

    @Test
    void stdinIsPassedToItsEnd() throws Exception {
        try (Stack s = stack("runstdin")) {
            s.write("compose.yaml", SERVICES);
            Stack.Run count = s.jcWithStdin("a\nb\nc\n".getBytes(StandardCharsets.UTF_8),
                    "run", "--rm", "--no-deps", "-T", "app", "wc", "-l");
            assertEquals(0, count.exitCode(), count.toString());
            assertEquals("3\n", count.out());

            Stack.Run notAttached = s.jcWithStdin("ignored\n".getBytes(StandardCharsets.UTF_8),
                    "run", "--rm", "--no-deps", "-i=false", "app", "cat");
            assertEquals(0, notAttached.exitCode(), notAttached.toString());
            assertEquals("", notAttached.out(), "-i=false: the command's stdin is empty");
        }
    }

    @Test
    void aOneOffIsNamedAndLabelledAsDockerComposeDoesAndPsAndDownTreatItSo() throws Exception {
        try (Stack s = stack("runname")) {
            s.write("compose.yaml", SERVICES);
            Stack.Run detached = s.ok("run", "-d", "app");
            String id = detached.out().strip();
            ContainerDetails c = engine.inspectContainer(id);
            assertTrue(c.name().matches("/?" + s.project + "-app-run-[0-9a-f]{12}"), c.name());
            assertEquals("True", c.labels().get("com.docker.compose.oneoff"));
            assertEquals("app", c.labels().get("com.docker.compose.service"));
            assertEquals(s.project, c.labels().get("com.docker.compose.project"));
            String slug = c.labels().get("com.docker.compose.slug");
            assertTrue(slug.matches("[0-9a-f]{64}") && c.name().endsWith(slug.substring(0, 12)), slug);
            assertNull(c.labels().get("com.docker.compose.container-number"));
            assertTrue(c.state().running());
            assertEquals("no", c.restartPolicy());

            assertEquals("running", s.container(s.name("db", 1)).state(), "run started the dependency");
            assertFalse(s.names().contains(s.name("app", 1)), "but not the service itself");

            String oneOffName = c.name().replaceFirst("^/", "");
            assertFalse(s.ok("ps").out().contains(oneOffName), "ps hides one-off containers");
            assertTrue(s.ok("ps", "-a").out().contains(oneOffName), "ps -a shows them");

            s.ok("down", "--remove-orphans", "-t", "1");
            assertTrue(s.names().isEmpty(), "down --remove-orphans removes one-off containers: " + s.names());
        }
    }

    @Test
    void portsArePublishedOnlyWhenAskedAndAliasesOnlyWithUseAliases() throws Exception {
        try (Stack s = stack("runports")) {
            s.write("compose.yaml", SERVICES);
            String plain = s.ok("run", "-d", "--no-deps", "app").out().strip();
            assertTrue(engine.inspectContainer(plain).ports().stream().noneMatch(PublishedPort::isPublished),
                    "no published ports by default");

            String servicePorts = s.ok("run", "-d", "--no-deps", "--service-ports", "app").out().strip();
            List<PublishedPort> published = engine.inspectContainer(servicePorts).ports().stream()
                    .filter(PublishedPort::isPublished).toList();
            assertEquals(1, published.size(), published.toString());
            assertEquals(8080, published.get(0).containerPort());
            assertEquals("127.0.0.1", published.get(0).hostIp());

            String publish = s.ok("run", "-d", "--no-deps", "-p", "127.0.0.1::9090", "app").out().strip();
            List<PublishedPort> own = engine.inspectContainer(publish).ports().stream()
                    .filter(PublishedPort::isPublished).toList();
            assertEquals(List.of(9090), own.stream().map(PublishedPort::containerPort).toList(), "-p replaces the service's ports");

            Stack.Run both = s.jc("run", "-d", "--no-deps", "-P", "-p", "9091", "app");
            assertEquals(1, both.exitCode(), both.toString());
            assertTrue(both.err().contains("--service-ports and --publish are incompatible"), both.toString());

            String ping = "ping -c 1 -W 2 app >/dev/null 2>&1 && echo found || echo missing";
            assertEquals("missing\n", s.ok("run", "--rm", "--no-deps", "db", "sh", "-c", ping).out(),
                    "one-off containers have no network alias by default");
            s.ok("run", "-d", "--no-deps", "--use-aliases", "app");
            assertEquals("found\n", s.ok("run", "--rm", "--no-deps", "db", "sh", "-c", ping).out(),
                    "--use-aliases gives the service's name");
        }
    }

    @Test
    void optionsChangeTheOneOffContainer() throws Exception {
        try (Stack s = stack("runopts")) {
            s.write("compose.yaml", SERVICES);
            Files.writeString(dir.resolve("extra.env"), "FROM_ENV_FILE=file\nGREETING=not-this-one\n");
            Stack.Run r = s.jc("run", "--rm", "--no-deps", "-e", "GREETING=hello", "--env-from-file", "extra.env",
                    "-u", "4321", "-w", "/bin", "--entrypoint", "sh -c", "app",
                    "echo \"$GREETING|$FROM_ENV_FILE|$FROM_FILE|$(id -u)|$(pwd)\"");
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals("hello|file|yes|4321|/bin\n", r.out());

            s.ok("run", "--rm", "--no-deps", "-v", "./shared:/shared", "app", "sh", "-c", "echo written > /shared/out");
            assertEquals("written\n", Files.readString(dir.resolve("shared/out")), "-v ./shared bound the directory");

            String named = s.ok("run", "-d", "--no-deps", "--name", s.project + "-custom", "-l", "purpose=test", "app")
                    .out().strip();
            ContainerDetails c = engine.inspectContainer(named);
            assertEquals(s.project + "-custom", c.name().replaceFirst("^/", ""));
            assertEquals("test", c.labels().get("purpose"));
        }
    }

    @Test
    void capabilitiesAreAddedAndDroppedAndQuietPrintsOnlyTheContainersOutput() throws Exception {
        try (Stack s = stack("runcaps")) {
            s.write("compose.yaml", SERVICES);
            Stack.Run r = s.jc("run", "--rm", "-q", "--cap-add", "NET_ADMIN", "--cap-drop", "CHOWN", "app",
                    "sh", "-c", "grep CapEff /proc/self/status");
            assertEquals(0, r.exitCode(), r.toString());
            long effective = Long.parseLong(r.out().replaceAll("(?s)CapEff:\\s*([0-9a-f]+)\\s*", "$1"), 16);
            assertEquals(0, effective & 1, "CAP_CHOWN (bit 0) dropped: " + r.out());
            assertEquals(1 << 12, effective & (1 << 12), "CAP_NET_ADMIN (bit 12) added: " + r.out());
            assertEquals("", r.err(), "-q: not even the dependency's progress");
            assertEquals("running", s.container(s.name("db", 1)).state());
        }
    }

    @Test
    void dependenciesStartFirstAndTheirConditionsHold() throws Exception {
        try (Stack s = stack("rundeps")) {
            s.write("compose.yaml", """
                    services:
                      db:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap 'exit 0' TERM; sleep 1; touch /ready; sleep 300 & wait"]
                        healthcheck:
                          test: ["CMD", "test", "-f", "/ready"]
                          interval: 1s
                          retries: 30
                      app:
                        image: jcompose-test/busybox:latest
                        depends_on:
                          db:
                            condition: service_healthy
                    """);
            Stack.Run r = s.jc("run", "--rm", "app", "sh", "-c", "ping -c 1 -W 2 db >/dev/null && echo reached");
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals("reached\n", r.out());
            assertEquals("healthy", engine.inspectContainer(s.name("db", 1)).state().health(),
                    "run waited for the dependency to be healthy");
        }
    }

    @Test
    void buildAndPullPolicies() throws Exception {
        try (Stack s = stack("runbuild")) {
            s.write("compose.yaml", """
                    services:
                      built:
                        build: ./ctx
                      absent:
                        image: jcompose-test/not-there:never
                    """);
            s.write("ctx/Dockerfile", "FROM jcompose-test/busybox:latest\nRUN echo baked > /baked\n");
            String image = s.project + "-built";
            try {
                Stack.Run r = s.jc("run", "--rm", "--build", "built", "cat", "/baked");
                assertEquals(0, r.exitCode(), r.toString());
                assertEquals("baked\n", r.out());
                assertTrue(engine.imageExists(image));

                Stack.Run never = s.jc("run", "--rm", "--pull", "never", "absent", "true");
                assertEquals(1, never.exitCode(), never.toString());
                assertTrue(never.err().contains("jcompose-test/not-there:never"), never.toString());
            } finally {
                if (engine.imageExists(image)) engine.removeImage(image, true);
            }
        }
    }

    @Test
    void anUnknownServiceIsNamed() throws Exception {
        try (Stack s = stack("rununknown")) {
            s.write("compose.yaml", SERVICES);
            Stack.Run r = s.jc("run", "--rm", "ap", "true");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("no such service: ap"), r.toString());
            assertNotEquals("", r.err());
        }
    }
}
