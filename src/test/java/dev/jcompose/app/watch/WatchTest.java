package dev.jcompose.app.watch;

import dev.jcompose.app.StackContext;
import dev.jcompose.app.StackFailure;
import dev.jcompose.app.Up;
import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.exec.TarReader;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watch use case over the in-memory engine, with real files changing in a temporary project. */
@Timeout(60)
class WatchTest {

    @TempDir
    Path dir;

    private final InMemoryEngine engine = new InMemoryEngine(cmd -> null);
    private final StackContext ctx = new StackContext(engine, ProgressListener.NONE, 0);
    private final BlockingQueue<String> said = new LinkedBlockingQueue<>();

    private Project project(String yaml) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return new ProjectLoader().load(LoadRequest.in(dir, Map.of()).withProjectName("demo")).project();
    }

    /** The next line watch says that starts with {@code prefix}, skipping others. */
    private String await(String prefix) throws InterruptedException {
        while (true) {
            String line = said.poll(20, TimeUnit.SECONDS);
            if (line == null) throw new AssertionError("watch never said \"" + prefix + "...\"");
            if (line.startsWith(prefix)) return line;
        }
    }

    private String fileIn(String container, String path) throws IOException {
        try (InputStream tar = engine.copyFromContainer(container, path)) {
            TarReader reader = new TarReader(tar);
            reader.next().orElseThrow();
            return new String(reader.content().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void syncPlusRestartCopiesTheFileThenRestartsTheContainer() throws Exception {
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/app.conf"), "level=1\n");
        engine.addImage("web:1", Map.of());
        Project project = project("""
                services:
                  web:
                    image: web:1
                    command: ["serve"]
                    develop:
                      watch:
                        - action: sync+restart
                          path: ./conf
                          target: /etc/app
                          initial_sync: true
                """);
        Up up = new Up(ctx);
        up.execute(up.plan(project, PlanOptions.defaults(), false));
        Watch watch = new Watch(ctx, said::add);
        Thread running = new Thread(() -> {
            try {
                watch.run(project, Watch.rules(project, Set.of()));
            } catch (Exception e) {
                said.add("failed: " + e);
            }
        });
        running.start();
        try {
            assertEquals("synced 1 file to demo-web-1 (initial sync)", await("synced"));
            assertEquals("watching conf for web (sync+restart to /etc/app)", await("watching"));
            assertEquals("level=1\n", fileIn("demo-web-1", "/etc/app/app.conf"));
            Instant started = engine.inspectContainer("demo-web-1").state().startedAt();

            Files.writeString(dir.resolve("conf/app.conf"), "level=2\n");
            assertEquals("synced 1 file to demo-web-1 (app.conf)", await("synced"));
            assertEquals("restarting demo-web-1", await("restarting"));
            assertEquals("restarted demo-web-1", await("restarted"));
            assertEquals("level=2\n", fileIn("demo-web-1", "/etc/app/app.conf"));
            assertNotEquals(started, engine.inspectContainer("demo-web-1").state().startedAt());
            assertEquals("running", engine.inspectContainer("demo-web-1").state().status());
        } finally {
            watch.stop();
            running.join();
        }
        assertTrue(said.stream().noneMatch(l -> l.startsWith("failed") || l.startsWith("error")), said.toString());
    }

    @Test
    void rulesAreCheckedBeforeWatching() throws IOException {
        Project none = project("services:\n  web:\n    image: web:1\n");
        assertEquals("none of the selected services is configured for watch",
                assertThrows(StackFailure.class, () -> Watch.rules(none, Set.of())).getMessage());
        Project noTarget = project("""
                services:
                  web:
                    image: web:1
                    develop:
                      watch:
                        - {action: sync, path: ./src}
                        - {action: rebuild, path: ./Dockerfile}
                """);
        StackFailure f = assertThrows(StackFailure.class, () -> Watch.rules(noTarget, Set.of()));
        assertEquals("services.web.develop.watch[0]: action sync needs a target (the path in the container)",
                f.getMessage());
        assertEquals("services.web.develop.watch[1]: action rebuild needs a build section", f.details().get(0));
    }
}
