package dev.jcompose.e2e;

import dev.jcompose.testing.Launcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code docker jcompose …}: the launcher linked into a home's docker CLI plugin directory, run by the docker CLI. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DockerCliPluginE2ETest extends EngineE2E {

    @TempDir
    Path home;

    @BeforeEach
    void installPlugin() throws IOException {
        Path launcher = Launcher.write(home.resolve("bin"));
        Path plugins = Files.createDirectories(home.resolve(".docker/cli-plugins"));
        Files.createSymbolicLink(plugins.resolve("docker-jcompose"), launcher);
    }

    /** The docker CLI with this test's home (and so its plugin directory) in {@code workDir}. */
    private DockerCli.Result docker(Path workDir, String project, String... args) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("DOCKER_CONFIG", null);
        env.put("COMPOSE_PROJECT_NAME", project);
        return DockerCli.run(workDir, env, args);
    }

    @Test
    void dockerListsThePluginAndRunsItsVerbs() throws Exception {
        DockerCli.Result help = docker(dir, "unused", "help");
        assertTrue(help.out().lines().anyMatch(l -> l.matches("\\s+jcompose\\*\\s+Docker Compose v2 compatible.*")),
                help.toString());

        DockerCli.Result pluginHelp = docker(dir, "unused", "help", "jcompose");
        assertEquals(0, pluginHelp.exitCode(), pluginHelp.toString());
        assertTrue(pluginHelp.out().contains("Usage:  jcompose [OPTIONS] COMMAND"), pluginHelp.toString());

        DockerCli.Result version = docker(dir, "unused", "jcompose", "version");
        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().startsWith("jcompose version "), version.toString());

        Files.writeString(dir.resolve("x.yaml"), "services:\n  first:\n    image: " + Stack.BUSYBOX
                + "\n  second:\n    image: " + Stack.BUSYBOX + "\n");
        DockerCli.Result config = docker(dir, "unused", "jcompose", "-f", "x.yaml", "config", "--services");
        assertEquals(0, config.exitCode(), config.toString());
        assertEquals("first\nsecond\n", config.out());
    }

    @Test
    void psSeesTheProjectOnTheEngineTheDockerOptionsName() throws Exception {
        try (Stack s = stack("plugin")) {
            s.write("compose.yaml", "services:\n  app:\n    image: " + Stack.BUSYBOX
                    + "\n    command: $SERVE_UNTIL_STOPPED\n");
            s.ok("up", "-d");
            DockerCli.Result ps = docker(dir, s.project, "jcompose", "ps", "--services", "--status", "running");
            assertEquals(0, ps.exitCode(), ps.toString());
            assertEquals("app\n", ps.out());

            DockerCli.Result elsewhere = docker(dir, s.project, "-H", "unix://" + home.resolve("no-engine.sock"),
                    "jcompose", "ps");
            assertNotEquals(0, elsewhere.exitCode(), elsewhere.toString());
            assertTrue(elsewhere.err().contains("no-engine.sock"), elsewhere.toString());
        }
    }
}
