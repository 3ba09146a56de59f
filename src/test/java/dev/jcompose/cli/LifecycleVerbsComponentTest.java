package dev.jcompose.cli;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.InMemoryEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** down, stop, start, restart and rm through the CLI, in-process, over the in-memory engine. */
class LifecycleVerbsComponentTest {

    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    private InMemoryEngine engine;
    /** The shell's terminal, when a test plays the shell; null otherwise. */
    private TtySessions shellTerminal;

    @BeforeEach
    void project() throws Exception {
        engine = new InMemoryEngine(cmd -> null);
        engine.addImage("busybox", Map.of());
        Files.writeString(dir.resolve("compose.yaml"), """
                name: demo
                services:
                  web:
                    image: busybox
                    command: ["sleep", "300"]
                    depends_on:
                      cache: {condition: service_started, restart: true}
                  cache:
                    image: busybox
                    command: ["sleep", "300"]
                  worker:
                    image: busybox
                    command: ["sleep", "300"]
                    depends_on: [cache]
                  cache-monitor:
                    image: busybox
                    command: ["sleep", "300"]
                    profiles: [debug]
                    depends_on: [cache]
                    networks: [default, monitoring]
                    volumes: [samples:/samples]
                networks:
                  monitoring: {}
                volumes:
                  samples: {}
                """);
    }

    private Run jc(byte[] stdin, boolean terminal, String... args) {
        return jcIn(dir, stdin, terminal, args);
    }

    private Run jcIn(Path workingDir, byte[] stdin, boolean terminal, String... args) {
        CliHarness.Run r = CliHarness.onEngine(workingDir, engine, stdin, terminal, shellTerminal, args);
        return new Run(r.exitCode(), r.out(), r.err());
    }

    private Run jc(String... args) {
        return jc(new byte[0], false, args);
    }

    private List<String> containers(String state) {
        return engine.listContainers(Map.of("com.docker.compose.project", "demo")).stream()
                .filter(c -> state == null || c.state().equals(state)).map(ContainerSummary::name).sorted().toList();
    }

    @Test
    void downRemovesTheContainersOfProfilesNotEnabledNow() {
        assertEquals(0, jc("--progress", "quiet", "--profile", "debug", "up", "-d").exitCode());
        assertEquals(List.of("demo-cache-1", "demo-cache-monitor-1", "demo-web-1", "demo-worker-1"), containers(null));

        Run down = jc("--progress", "quiet", "down");

        assertEquals(0, down.exitCode(), down.err());
        assertEquals(List.of(), containers(null));
        assertEquals(List.of(), engine.listNetworks(Map.of("com.docker.compose.project", "demo")));
    }

    @Test
    void downRemovesTheNetworksAndVolumesOfProfilesNotEnabledNow() {
        assertEquals(0, jc("--progress", "quiet", "--profile", "debug", "up", "-d").exitCode());
        assertEquals(1, engine.listVolumes(Map.of("com.docker.compose.project", "demo")).size());

        Run down = jc("--progress", "quiet", "down", "-v");

        assertEquals(0, down.exitCode(), down.err());
        assertEquals(List.of(), engine.listNetworks(Map.of("com.docker.compose.project", "demo")));
        assertEquals(List.of(), engine.listVolumes(Map.of("com.docker.compose.project", "demo")));
        assertFalse(jc("config").out().contains("monitoring"), "config leaves out what only a disabled service uses");
    }

    @Test
    void stopStartAndRmActOnServicesOfProfilesNotEnabledNow() {
        assertEquals(0, jc("--progress", "quiet", "--profile", "debug", "up", "-d").exitCode());

        assertEquals(0, jc("--progress", "quiet", "stop", "cache-monitor").exitCode());
        assertEquals(List.of("demo-cache-monitor-1"), containers("exited"));
        assertEquals(0, jc("--progress", "quiet", "start").exitCode());
        assertEquals(List.of(), containers("exited"));
        assertEquals(0, jc("--progress", "quiet", "stop").exitCode());
        assertEquals(4, containers("exited").size());
        assertEquals(0, jc("--progress", "quiet", "rm", "-f", "cache-monitor").exitCode());
        assertEquals(List.of("demo-cache-1", "demo-web-1", "demo-worker-1"), containers(null));
    }

    @Test
    void restartIncludesDependentsWithRestartTrueUnlessNoDeps() {
        assertEquals(0, jc("--progress", "quiet", "up", "-d").exitCode());

        assertEquals(List.of("demo-cache-1", "demo-web-1"), stopped(jc("--dry-run", "restart", "cache")));
        assertEquals(List.of("demo-cache-1"), stopped(jc("--dry-run", "restart", "--no-deps", "cache")));
        assertEquals(List.of("demo-web-1"), stopped(jc("--dry-run", "restart", "web")));
        assertEquals(0, jc("--progress", "quiet", "restart", "cache").exitCode());
        assertEquals(List.of("demo-cache-1", "demo-web-1", "demo-worker-1"), containers("running"));
    }

    @Test
    void rmAsksFirstUnlessForced() {
        assertEquals(0, jc("--progress", "quiet", "up", "-d").exitCode());
        assertEquals(0, jc("--progress", "quiet", "stop", "worker").exitCode());
        byte[] no = "n\n".getBytes(StandardCharsets.UTF_8);
        byte[] yes = "y\n".getBytes(StandardCharsets.UTF_8);

        assertEquals(new Run(0, "? Going to remove demo-worker-1 (y/N) ", ""),
                jc(no, true, "--progress", "quiet", "rm"));
        assertEquals(new Run(0, "Going to remove demo-worker-1", ""), jc(new byte[0], false, "--progress", "quiet", "rm"));
        assertEquals(List.of("demo-worker-1"), containers("exited"));
        assertEquals(new Run(0, "Going to remove demo-worker-1", ""), jc(yes, false, "--progress", "quiet", "rm"));
        assertEquals(List.of(), containers("exited"));

        assertEquals(0, jc("--progress", "quiet", "stop", "web").exitCode());
        assertEquals(new Run(0, "Going to remove demo-web-1\n", ""), jc(no, false, "--progress", "quiet", "rm", "-f"));
        assertEquals(List.of("demo-cache-1"), containers(null));
        assertEquals(new Run(0, "", "No stopped containers\n"), jc("--progress", "quiet", "rm", "-f"));
    }

    @Test
    void psListsPausedAndRestartingContainersWithoutAll() {
        assertEquals(0, jc("--progress", "quiet", "up", "-d").exitCode());
        assertEquals(0, jc("--progress", "quiet", "pause", "worker").exitCode());
        assertEquals(0, jc("--progress", "quiet", "stop", "web").exitCode());

        assertEquals(List.of("demo-cache-1", "demo-worker-1"), jc("ps", "-q").out().lines()
                .map(id -> engine.inspectContainer(id).name()).sorted().toList());
        assertEquals(java.util.Set.of("running", "restarting", "paused"), dev.jcompose.app.ContainerListing.RUNNING);
    }

    @Test
    void withoutFilesOrAProjectNameVerbsFailAsDockerComposeDoes(@TempDir Path empty) {
        for (String verb : List.of("ps", "down", "stop", "rm", "kill", "top", "images", "logs", "up")) {
            Run r = jcIn(empty, new byte[0], false, verb);
            assertEquals(1, r.exitCode(), verb + ": " + r);
            assertTrue(r.err().contains("no configuration file provided"), verb + ": " + r.err());
            assertEquals("", r.out(), verb);
        }
        assertEquals(0, jcIn(empty, new byte[0], false, "-p", "demo", "ps").exitCode());
    }

    @Test
    void aNoOpUpSaysSoInTheProgressStyleAsked() {
        assertEquals(0, jc("--progress", "quiet", "up", "-d").exitCode());

        assertEquals(new Run(0, "", "{\"resource\":\"Project demo\",\"text\":\"Up to date\",\"kind\":\"done\","
                + "\"elapsed_ms\":0}\n"), jc("--progress", "json", "up", "-d"));
        assertEquals(new Run(0, "", "nothing to do: the project is up to date\n"), jc("--progress", "plain", "up", "-d"));
        assertEquals(new Run(0, "", ""), jc("--progress", "quiet", "up", "-d"));
    }

    @Test
    void inTheShellRmAsksOnTheTerminal() {
        assertEquals(0, jc("--progress", "quiet", "up", "-d").exitCode());
        assertEquals(0, jc("--progress", "quiet", "stop", "worker").exitCode());
        List<String> prompts = new java.util.ArrayList<>();
        shellTerminal = new TtySessions() {
            @Override
            public int exec(dev.jcompose.app.StackContext stack, String execId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int run(dev.jcompose.app.StackContext stack, String containerId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int attach(dev.jcompose.app.StackContext stack, dev.jcompose.app.ServiceAttach.Target target,
                              String detachKeys) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<String> ask(String prompt) {
                prompts.add(prompt);
                return java.util.Optional.of("yes");
            }
        };

        assertEquals(new Run(0, "", ""), jc(new byte[0], true, "--progress", "quiet", "rm"));
        assertEquals(List.of("? Going to remove demo-worker-1 (y/N) "), prompts);
        assertEquals(List.of(), containers("exited"));
    }

    /** The containers a dry run's plan stops. */
    private static List<String> stopped(Run dryRun) {
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        return dryRun.out().lines().filter(l -> l.startsWith("Stopping Container "))
                .map(l -> l.substring("Stopping Container ".length()).split(" ")[0]).sorted().toList();
    }
}
