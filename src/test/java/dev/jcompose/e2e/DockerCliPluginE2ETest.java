package dev.jcompose.e2e;

import dev.jcompose.testing.Launcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

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

    private record Result(int exitCode, String out, String err) {
    }

    /** The docker CLI with this test's home (and so its plugin directory) in {@code workDir}. */
    private Result docker(Path workDir, String project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("DOCKER_CONFIG");
        pb.environment().put("COMPOSE_PROJECT_NAME", project);
        Path out = home.resolve("out");
        Path err = home.resolve("err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) fail("CI=true but the docker CLI cannot be run: " + e.getMessage());
            abort("no docker CLI: " + e.getMessage());
            return null;
        }
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("docker " + String.join(" ", args) + " did not end");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void dockerListsThePluginAndRunsItsVerbs() throws Exception {
        Result help = docker(dir, "unused", "help");
        assertTrue(help.out().lines().anyMatch(l -> l.matches("\\s+jcompose\\*\\s+Docker Compose v2 compatible.*")),
                help.toString());

        Result version = docker(dir, "unused", "jcompose", "version");
        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().startsWith("jcompose version "), version.toString());

        Files.writeString(dir.resolve("x.yaml"), "services:\n  first:\n    image: " + Stack.BUSYBOX
                + "\n  second:\n    image: " + Stack.BUSYBOX + "\n");
        Result config = docker(dir, "unused", "jcompose", "-f", "x.yaml", "config", "--services");
        assertEquals(0, config.exitCode(), config.toString());
        assertEquals("first\nsecond\n", config.out());
    }

    @Test
    void psSeesTheProjectOnTheEngineTheDockerOptionsName() throws Exception {
        try (Stack s = stack("plugin")) {
            s.write("compose.yaml", "services:\n  app:\n    image: " + Stack.BUSYBOX + "\n    command: $SERVE_UNTIL_STOPPED\n");
            s.ok("up", "-d");
            Result ps = docker(dir, s.project, "jcompose", "ps", "--services", "--status", "running");
            assertEquals(0, ps.exitCode(), ps.toString());
            assertEquals("app\n", ps.out());

            Result elsewhere = docker(dir, s.project, "-H", "unix://" + home.resolve("no-engine.sock"),
                    "jcompose", "ps");
            assertNotEquals(0, elsewhere.exitCode(), elsewhere.toString());
            assertTrue(elsewhere.err().contains("no-engine.sock"), elsewhere.toString());
        }
    }
}
