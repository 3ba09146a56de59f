package dev.jcompose.cli;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.InMemoryEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code --dry-run} through the CLI, in-process, over the in-memory engine: the verbs that used to act do not. */
class DryRunComponentTest {

    @TempDir
    Path dir;

    private final AtomicInteger touched = new AtomicInteger();
    private InMemoryEngine engine;

    @BeforeEach
    void upProject() throws Exception {
        engine = new InMemoryEngine(cmd -> {
            if (cmd.get(0).equals("touch")) touched.incrementAndGet();
            return cmd.get(0).equals("sleep") ? null : new InMemoryEngine.Program(0, "", "");
        });
        engine.addImage("busybox", Map.of());
        Files.writeString(dir.resolve("compose.yaml"), """
                name: demo
                services:
                  svc:
                    image: busybox
                    command: ["sleep", "300"]
                """);
        Files.writeString(dir.resolve("note.txt"), "note\n");
        assertEquals(0, jc("up", "-d"));
    }

    private int jc(String... args) {
        CliContext ctx = new CliContext(Map.of(), dir, () -> "", new DefaultProjectLoading(), () -> engine, false);
        return Cli.run(args, ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private List<String> containers() {
        return engine.listContainers(Map.of()).stream().map(c -> c.name() + " " + c.state()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run -d svc touch /x", "run --rm svc touch /x", "exec -T svc touch /x",
            "exec -d svc touch /x", "cp note.txt svc:/note.txt", "cp svc:/ svc-root", "down", "stop", "kill"})
    void changesNothing(String verb) {
        List<String> was = containers();
        String[] args = ("--progress quiet --dry-run " + verb).split(" ");
        assertEquals(0, jc(args), verb);
        assertEquals(was, containers());
        assertEquals(0, touched.get(), "no command ran");
        assertFalse(engine.statPath("demo-svc-1", "/note.txt").isPresent(), "nothing copied in");
        assertFalse(Files.exists(dir.resolve("svc-root")), "nothing copied out");
    }
}
