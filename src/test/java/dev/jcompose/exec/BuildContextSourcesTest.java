package dev.jcompose.exec;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.progress.CollectingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a build's Dockerfile comes from: the context, a file outside it, or the compose file itself. */
class BuildContextSourcesTest {

    @TempDir
    Path dir;

    private final ScriptedEngine engine = new ScriptedEngine(new InMemoryEngine(cmd -> null));
    private final CollectingListener progress = new CollectingListener();

    private ExecutionResult build(Op.BuildImage op) {
        return new PlanExecutor(engine, progress, 1).execute(Plan.builder().add(op).build());
    }

    @Test
    void anInlineDockerfileIsSentAsAFileOfItsOwn() throws IOException {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve("app.txt"), "app");
        ExecutionResult result = build(new Op.BuildImage("web", "demo-web", context,
                new BuildSpec(List.of("demo-web"), null, Map.of(), null, Map.of(), false, false), "build",
                "FROM scratch\nCOPY app.txt /\n"));
        assertTrue(result.succeeded(), result.toString());
        Map<String, TarEntries.Entry> tar = TarEntries.read(engine.lastBuildContext());
        String inline = tar.keySet().stream().filter(n -> n.startsWith(".dockerfile.")).findFirst().orElseThrow();
        assertEquals("FROM scratch\nCOPY app.txt /\n", new String(tar.get(inline).content(), StandardCharsets.UTF_8));
        assertTrue(tar.containsKey("app.txt"));
    }

    @Test
    void aDockerfileOutsideTheContextTravelsWithItAndOneInsideKeepsItsPath() throws IOException {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(dir.resolve("Dockerfile.shared"), "FROM scratch\n");
        Files.createDirectories(context.resolve("docker"));
        Files.writeString(context.resolve("docker/Dockerfile"), "FROM scratch\n");
        Files.writeString(context.resolve(".dockerignore"), "docker\n");

        assertTrue(build(new Op.BuildImage("a", "demo-a", context,
                BuildSpec.tagged("demo-a").withDockerfile("../Dockerfile.shared"), "build")).succeeded());
        Set<String> outside = TarEntries.read(engine.lastBuildContext()).keySet();
        assertTrue(outside.stream().anyMatch(n -> n.startsWith(".dockerfile.")), outside.toString());
        assertFalse(outside.contains("docker/Dockerfile"), "excluded by .dockerignore");

        assertTrue(build(new Op.BuildImage("b", "demo-b", context,
                BuildSpec.tagged("demo-b").withDockerfile("docker/Dockerfile"), "build")).succeeded());
        Set<String> inside = TarEntries.read(engine.lastBuildContext()).keySet();
        assertTrue(inside.contains("docker/Dockerfile"), "the Dockerfile goes in despite .dockerignore: " + inside);
        assertFalse(inside.stream().anyMatch(n -> n.startsWith(".dockerfile.")), inside.toString());
    }

    @Test
    void aMissingDockerfileOrContextIsNamedBeforeAnythingIsSent() throws IOException {
        Path context = Files.createDirectories(dir.resolve("empty"));
        ExecutionResult noFile = build(new Op.BuildImage("a", "demo-a", context, BuildSpec.tagged("demo-a"), "build"));
        assertEquals("build image demo-a: no Dockerfile at " + context.resolve("Dockerfile")
                + " (set build.dockerfile to use another file)", noFile.failures().get(0).message());
        ExecutionResult noDir = build(new Op.BuildImage("a", "demo-a", dir.resolve("gone"), BuildSpec.tagged("demo-a"),
                "build"));
        assertEquals("build image demo-a: the build context " + dir.resolve("gone") + " is not a directory",
                noDir.failures().get(0).message());
        assertFalse(engine.calls().contains("buildImage demo-a"));
    }
}
