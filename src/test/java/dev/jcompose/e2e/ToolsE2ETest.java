package dev.jcompose.e2e;

import dev.jcompose.cli.Cli;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** images, ls, events, scale and stats on the real engine, state checked through the engine. */
class ToolsE2ETest extends EngineE2E {

    private static final String TWO = """
            services:
              web:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                depends_on: [db]
              db:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
            """;

    @Test
    void imagesListsTheImageOfEveryContainer() throws IOException {
        try (Stack s = stack("images")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            String id = engine.findImage(Stack.BUSYBOX).orElseThrow().id();
            String hex = id.substring(id.indexOf(':') + 1);
            List<String> table = s.ok("images").out().lines().toList();
            assertEquals(3, table.size(), table.toString());
            assertTrue(table.get(0).matches("CONTAINER\\s+REPOSITORY\\s+TAG\\s+PLATFORM\\s+IMAGE ID\\s+SIZE\\s+CREATED"),
                    table.get(0));
            assertTrue(table.get(1).matches(s.name("db", 1) + "\\s+jcompose-test/busybox\\s+latest\\s+linux/\\S+\\s+"
                    + hex.substring(0, 12) + "\\s+\\S+B\\s+.+ ago"), table.get(1));
            assertTrue(table.get(2).startsWith(s.name("web", 1) + " "), table.get(2));
            assertEquals(hex + "\n", s.ok("images", "-q").out(), "one id per image, without its algorithm");
            String json = s.ok("images", "--format", "json", "web").out();
            assertTrue(json.startsWith("[{\"ID\":\"" + id + "\",\"ContainerName\":\"" + s.name("web", 1)
                    + "\",\"Repository\":\"jcompose-test/busybox\",\"Tag\":\"latest\",\"Platform\":\"linux/"), json);
            assertFalse(json.contains(s.name("db", 1)), json);
            assertTrue(json.matches(".*\"Size\":\\d+,\"LastTagTime\":\"[^\"]+Z\"}]\n"), "Docker Compose's fields, no more: " + json);
            assertEquals(2, s.jc("images", "--format", "yaml").exitCode());
        }
    }

    @Test
    void lsListsProjectsByLabelWithTheirStatesAndFiles() throws IOException {
        try (Stack s = stack("ls")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            String files = dir.resolve("compose.yaml").toString();
            String row = s.ok("ls", "--filter", "name=" + s.project).out().lines().skip(1).findFirst().orElseThrow();
            assertTrue(row.matches(s.project + "\\s+running\\(2\\)\\s+" + files.replace(".", "\\.")), row);
            assertEquals(s.project + "\n", s.ok("ls", "-q", "--filter", "name=" + s.project).out());

            s.ok("stop", "-t", "1", "web");
            assertEquals("[{\"Name\":\"" + s.project + "\",\"Status\":\"exited(1), running(1)\",\"ConfigFiles\":\""
                    + files + "\"}]\n", s.ok("ls", "-a", "--format", "json", "--filter", "name=" + s.project).out());
            s.ok("stop", "-t", "1");
            assertEquals("", s.ok("ls", "-q", "--filter", "name=" + s.project).out(), "without -a only running ones");
            assertEquals(s.project + "\n", s.ok("ls", "-a", "-q", "--filter", "name=" + s.project).out());
            assertEquals(2, s.jc("ls", "--filter", "status=running").exitCode());
        }
    }

    @Test
    void eventsFollowTheProjectsContainersUntilInterrupted() throws Exception {
        try (Stack s = stack("events")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            AtomicInteger exit = new AtomicInteger(-1);
            Thread events = new Thread(() -> exit.set(Cli.run(new String[]{"--progress", "plain", "events", "--json",
                    "web"}, s.context(), new PrintWriter(out, true), new PrintWriter(err, true))));
            events.start();
            String web = s.container(s.name("web", 1)).id();
            // the subscription starts while the command runs: restart until its events arrive
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!out.toString().contains("\"action\":\"start\"")) {
                if (System.nanoTime() > deadline) fail("no start event in: " + out + err);
                s.ok("restart", "-t", "1", "web");
            }
            events.interrupt();
            events.join(30_000);
            assertEquals(130, exit.get(), err.toString());
            String start = out.toString().lines().filter(l -> l.contains("\"action\":\"start\"")).findFirst()
                    .orElseThrow();
            assertTrue(start.startsWith("{\"action\":\"start\",\"attributes\":{"), start);
            assertTrue(start.contains("\"id\":\"" + web + "\",\"service\":\"web\",\"time\":\""), start);
            assertTrue(start.endsWith("\",\"type\":\"container\"}"), start);
            assertTrue(start.contains("\"name\":\"" + s.name("web", 1) + "\""), start);
            assertFalse(out.toString().contains("com.docker.compose."), "compose labels are left out: " + out);
            assertFalse(out.toString().contains("\"service\":\"db\""), "only the service asked for: " + out);
        }
    }

    @Test
    void scaleAddsAndRemovesReplicasAndStartsDependenciesUnlessNoDeps() throws IOException {
        try (Stack s = stack("scale")) {
            s.write("compose.yaml", TWO);
            s.ok("scale", "--no-deps", "web=2");
            assertEquals(List.of(s.name("web", 1), s.name("web", 2)), s.names(), "--no-deps: db is left alone");
            s.ok("scale", "web=3");
            assertEquals(List.of(s.name("db", 1), s.name("web", 1), s.name("web", 2), s.name("web", 3)), s.names());
            assertTrue(s.containers().stream().allMatch(c -> c.state().equals("running")));
            s.ok("scale", "web=1");
            assertEquals(List.of(s.name("db", 1), s.name("web", 1)), s.names());

            Stack.Run bad = s.jc("scale", "web");
            assertEquals(2, bad.exitCode());
            assertTrue(bad.err().contains("invalid scale specifier: web"), bad.toString());
            assertEquals(2, s.jc("scale", "web=many").exitCode());
            assertEquals(1, s.jc("scale", "nope=1").exitCode());
        }
    }

    @Test
    void statsSampleTheRunningContainersOnce() throws IOException {
        try (Stack s = stack("stats")) {
            s.write("compose.yaml", TWO);
            s.ok("up", "-d");
            List<String> table = s.ok("stats", "--no-stream").out().lines().toList();
            assertTrue(table.get(0).matches("CONTAINER ID\\s+NAME\\s+CPU %\\s+MEM USAGE / LIMIT\\s+MEM %\\s+NET I/O\\s+"
                    + "BLOCK I/O\\s+PIDS"), table.get(0));
            assertEquals(3, table.size(), table.toString());
            ContainerSummary db = s.container(s.name("db", 1));
            assertTrue(table.get(1).matches(db.id().substring(0, 12) + "\\s+" + db.name()
                    + "\\s+\\d+\\.\\d\\d%\\s+\\S+ / \\S+\\s+\\d+\\.\\d\\d%\\s+\\S+ / \\S+\\s+\\S+ / \\S+\\s+[1-9]\\d*"),
                    table.get(1));
            String web = s.ok("stats", "--no-stream", "--format", "{{.Name}} has {{.PIDs}}", "web").out();
            assertTrue(web.matches(s.name("web", 1) + " has [1-9]\\d*\n"), web);
            String json = s.ok("stats", "--no-stream", "--format", "json", "db").out();
            assertTrue(json.startsWith("{\"BlockIO\":\"") && json.contains("\"Name\":\"" + db.name() + "\""), json);

            s.ok("stop", "-t", "1", "web");
            assertEquals(2, s.ok("stats", "--no-stream").out().lines().count(), "stopped containers only with -a");
            assertEquals(3, s.ok("stats", "--no-stream", "-a").out().lines().count());
            assertEquals(1, s.jc("stats", "--no-stream", "--format", "{{.Nope}}").exitCode());
        }
    }
}
