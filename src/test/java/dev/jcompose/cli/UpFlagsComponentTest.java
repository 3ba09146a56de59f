package dev.jcompose.cli;

import dev.jcompose.engine.InMemoryEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** up's and create's flags from Docker Compose v2, through the CLI, over the in-memory engine. */
class UpFlagsComponentTest {

    @TempDir
    Path dir;

    private InMemoryEngine engine;

    @BeforeEach
    void project() throws Exception {
        engine = new InMemoryEngine(cmd -> null);
        engine.addImage("busybox", Map.of());
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/Dockerfile"), "FROM busybox\n");
        Files.writeString(dir.resolve("compose.yaml"), """
                name: flags
                services:
                  web:
                    image: busybox
                    command: ["sleep", "300"]
                    depends_on: [cache]
                  cache:
                    image: busybox
                    command: ["sleep", "300"]
                  app:
                    build: ./app
                    image: flags-app:1
                    profiles: [build]
                """);
    }

    private CliHarness.Run jc(String... args) {
        return CliHarness.onEngine(dir, engine, new byte[0], false, null, args);
    }

    private Map<String, String> containerIds() {
        Map<String, String> ids = new TreeMap<>();
        engine.listContainers(Map.of("com.docker.compose.project", "flags"))
                .forEach(c -> ids.put(c.name(), c.id()));
        return ids;
    }

    @Test
    void alwaysRecreateDepsRecreatesTheDependenciesOfTheNamedServices() {
        assertEquals(0, jc("up", "-d").exitCode());
        Map<String, String> before = containerIds();

        CliHarness.Run r = jc("--progress", "plain", "up", "-d", "--always-recreate-deps", "web");

        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> after = containerIds();
        assertNotEquals(before.get("flags-cache-1"), after.get("flags-cache-1"), "the dependency is recreated");
        assertEquals(before.get("flags-web-1"), after.get("flags-web-1"), "the named service follows --recreate");
    }

    @Test
    void alwaysRecreateDepsAndNoRecreateAreIncompatible() {
        CliHarness.Run r = jc("up", "-d", "--always-recreate-deps", "--no-recreate");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--always-recreate-deps and --no-recreate are incompatible"), r.err());
        assertTrue(containerIds().isEmpty());
    }

    @Test
    void quietBuildHidesTheBuildOutputButNotTheBuild() {
        CliHarness.Run loud = jc("--progress", "plain", "--profile", "build", "up", "-d", "--build", "app");
        assertEquals(0, loud.exitCode(), loud.err());
        assertTrue(loud.err().contains("Successfully built"), loud.err());

        CliHarness.Run quiet = jc("--progress", "plain", "--profile", "build", "up", "-d", "--build", "--quiet-build",
                "app");

        assertEquals(0, quiet.exitCode(), quiet.err());
        assertFalse(quiet.err().contains("Successfully built"), quiet.err());
        assertTrue(quiet.err().contains("Service app"), "the build itself is still shown: " + quiet.err());
    }

    @Test
    void pullBuildBuildsInsteadOfPullingOnUpAndCreate() {
        engine.addImage("flags-app:1", Map.of());
        for (String verb : new String[] {"up", "create"}) {
            CliHarness.Run r = jc("--dry-run", "--profile", "build", verb, "--pull", "build", "app");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("Building Service app (--pull build)"), verb + ": " + r.out());
        }
    }

    @Test
    void pullPolicyIsNotAValueAsInDockerCompose() {
        CliHarness.Run r = jc("up", "-d", "--pull", "policy");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--pull"), r.err());
        assertTrue(containerIds().isEmpty());
    }

    @Test
    void yesIsAcceptedByUpAndCreate() {
        assertEquals(0, jc("create", "-y").exitCode());
        assertEquals(0, jc("up", "-d", "--yes").exitCode());
        assertEquals(2, containerIds().size());
    }
}
