package dev.jcompose.e2e;

import dev.jcompose.engine.ContainerSummary;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --format} of ps, ls and images on the real engine, in the forms Docker Compose v2 prints. */
class FormatsE2ETest extends EngineE2E {

    private static final String STACK = """
            services:
              web:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                labels: {tier: front}
                ports: ["127.0.0.1::80"]
                volumes: [data:/data, ./site:/site]
              job:
                image: jcompose-test/busybox:latest
                command: ["hostname"]
                deploy: {replicas: 2}
            volumes:
              data: {}
            """;

    /** The fields that change with the clock, and the mounts (in the engine's order, which varies), blanked. */
    private static String timeless(String json) {
        return json.replaceAll("\"(RunningFor|Status|Mounts)\":\"[^\"]*\"", "\"$1\":\"~\"");
    }

    @Test
    void psPrintsDockerComposeFieldsAsJsonAndThroughTemplates() throws Exception {
        try (Stack s = stack("psformat")) {
            s.write("compose.yaml", STACK).write("site/index.html", "hi");
            s.ok("up", "-d", "--wait");
            ContainerSummary web = s.container(s.name("web", 1));
            int port = web.ports().get(0).hostPort();
            String labels = new TreeMap<>(web.labels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
            String created = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z")
                    .format(web.created().atZone(ZoneId.systemDefault()));
            String webLine = timeless(s.ok("ps", "--format", "json", "web").out());
            assertEquals("{\"Command\":\"\\\"sh -c 'trap 'exit 0\u2026\\\"\",\"CreatedAt\":\"" + created + "\","
                    + "\"ExitCode\":0,\"Health\":\"\",\"ID\":\"" + web.id().substring(0, 12) + "\","
                    + "\"Image\":\"jcompose-test/busybox:latest\",\"Labels\":\"" + labels + "\",\"LocalVolumes\":\"1\","
                    + "\"Mounts\":\"~\","
                    + "\"Name\":\"" + s.name("web", 1) + "\",\"Names\":\"" + s.name("web", 1) + "\","
                    + "\"Networks\":\"" + s.project + "_default\","
                    + "\"Ports\":\"127.0.0.1:" + port + "-\\u003e80/tcp\",\"Project\":\"" + s.project + "\","
                    + "\"Publishers\":[{\"URL\":\"127.0.0.1\",\"TargetPort\":80,\"PublishedPort\":" + port
                    + ",\"Protocol\":\"tcp\"}],\"RunningFor\":\"~\",\"Service\":\"web\",\"Size\":\"0B\","
                    + "\"State\":\"running\",\"Status\":\"~\"}\n", webLine);
            assertEquals(Set.of(ellipsis(s.project + "_data"), ellipsis(s.dir.resolve("site").toString())),
                    Set.of(s.ok("ps", "--format", "{{.Mounts}}", "web").out().strip().split(",")));
            String full = s.ok("ps", "--no-trunc", "--format", "json", "web").out();
            assertTrue(full.contains("\"ID\":\"" + web.id() + "\""), full);
            assertTrue(full.contains(s.project + "_data"), full);

            for (int i = 0; i < 100 && s.ok("ps", "-q", "job").out().length() > 0; i++) Thread.sleep(100);
            assertEquals(s.name("job", 1) + "\texited\n" + s.name("job", 2) + "\texited\n" + s.name("web", 1)
                    + "\trunning\n", s.ok("ps", "-a", "--format", "{{.Name}}\\t{{.State}}").out());
            List<String> table = s.ok("ps", "--format", "table {{.Name}}\\t{{.Label \"tier\"}}\\t{{.ExitCode}}").out()
                    .lines().toList();
            assertEquals(List.of("NAME" + " ".repeat(s.name("web", 1).length() - 1) + "tier      <no value>",
                    s.name("web", 1) + "   front     0"), table);
            assertEquals("\"" + labels + "\"\n", s.ok("ps", "--format", "{{json .Labels}}", "web").out());
            Stack.Run unknown = s.jc("ps", "--format", "{{.Nope}}");
            assertEquals(1, unknown.exitCode());
            assertTrue(unknown.err().contains("can't evaluate field Nope"), unknown.err());

            String second = s.container(s.name("job", 2)).id().substring(0, 12);
            assertEquals(second + "\n", s.ok("logs", "--no-log-prefix", "--index", "2", "job").out(),
                    "the logs of replica 2 alone (a container's host name is its short id)");
            Stack.Run missing = s.jc("logs", "--index", "3", "job");
            assertEquals(1, missing.exitCode());
            assertTrue(missing.err().contains("service \"job\" is not running container #3"), missing.err());
            assertTrue(s.jc("logs", "--index", "1", "job", "web").err().contains("--index requires one service to be selected"));

            s.write("compose.yaml", STACK.replace("""
                      job:
                        image: jcompose-test/busybox:latest
                        command: ["hostname"]
                        deploy: {replicas: 2}
                    """, ""));
            assertEquals(s.name("job", 1) + "\n" + s.name("job", 2) + "\n" + s.name("web", 1) + "\n",
                    s.ok("ps", "-a", "--format", "{{.Name}}").out(), "orphans are listed by default");
            assertEquals(s.name("web", 1) + "\n", s.ok("ps", "-a", "--orphans=false", "--format", "{{.Name}}").out());
            s.ok("down", "-v", "--remove-orphans", "-t", "1");
        }
    }

    private static String ellipsis(String path) {
        return path.length() > 15 ? path.substring(0, 14) + "\u2026" : path;
    }
}
