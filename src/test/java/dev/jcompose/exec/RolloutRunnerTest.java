package dev.jcompose.exec;

import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;
import dev.jcompose.plan.FrontConfig;
import dev.jcompose.plan.NginxConfig;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.Planner;
import dev.jcompose.progress.CollectingListener;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rollout walk over the in-memory engine: what happens after a batch fails, per failure_action and
 * max_failure_ratio. Health is reported by hooks as the engine would once a replica's healthcheck ran.
 */
class RolloutRunnerTest {

    @TempDir
    Path dir;

    /** What the front's nginx does when started: null runs it, a program makes it exit at once. */
    private volatile InMemoryEngine.Program nginx;
    private final InMemoryEngine memory = new InMemoryEngine(cmd -> cmd.contains("nginx") ? nginx : null);
    private final ScriptedEngine engine = new ScriptedEngine(memory);
    private final CollectingListener progress = new CollectingListener();

    private static final String WEB = """
            services:
              web:
                image: app:%s
                expose: ["80"]
                healthcheck:
                  test: ["CMD", "true"]
                deploy:
                  replicas: 2
                  update_config:
                    order: start-first
                    failure_action: %s
                    max_failure_ratio: %s
            """;

    @BeforeEach
    void versionOneServes() throws Exception {
        memory.addImage("app:1", Map.of());
        memory.addImage("app:2", Map.of());
        memory.addImage("app:3", Map.of());
        memory.addImage("nginx:test", Map.of());
        healthy("demo-web-1");
        healthy("demo-web-2");
        ExecutionResult first = run(project("1", "rollback", "0"));
        assertTrue(first.succeeded(), first.toString());
        assertEquals(List.of("demo-web-1", "demo-web-2"), routes());
    }

    @Test
    void aBatchThatNeverTurnsHealthyIsUndoneAndTheRolloutRolledBack() throws Exception {
        healthy("demo-web-3");
        unhealthy("demo-web-4");
        ExecutionResult result = run(project("2", "rollback", "0"));
        assertFalse(result.succeeded());
        OpFailure failure = result.failures().get(0);
        assertTrue(failure.message().contains("rollout of web rolled back: container demo-web-4 is unhealthy"),
                failure.message());
        assertTrue(failure.lastLogLines().contains("last health checks of demo-web-4:"), failure.lastLogLines().toString());
        assertTrue(failure.lastLogLines().contains("  exit 1: probe says no"), failure.lastLogLines().toString());
        assertEquals(List.of("demo-web-1", "demo-web-2"), routes(), "the first version serves again");
        assertEquals(List.of("demo-web-1", "demo-web-2", "demo-web-front"), running());
        assertTrue(names().stream().noneMatch(n -> n.startsWith("demo-web-3") || n.startsWith("demo-web-4")), names().toString());
    }

    @Test
    void aFirstUpThatNeverTurnsHealthySaysNothingServesNotThatAPreviousVersionDoes() throws Exception {
        for (String name : names()) memory.removeContainer(name, true, true);
        unhealthy("demo-web-1");
        unhealthy("demo-web-2");
        ExecutionResult result = run(project("1", "rollback", "0"));
        assertFalse(result.succeeded());
        OpFailure failure = result.failures().get(0);
        assertTrue(failure.message().contains("web did not come up: container demo-web-")
                && failure.message().contains("no replica became healthy, so nothing serves"), failure.message());
        assertFalse(failure.message().contains("previous version"), failure.message());
        assertTrue(failure.lastLogLines().contains("  exit 1: probe says no"), failure.lastLogLines().toString());
        assertEquals(List.of(), routes());
    }

    @Test
    void aFrontThatExitsAtStartIsReportedWithItsLastLogLinesNotTheEnginesWordsForIt() throws Exception {
        for (String name : names()) memory.removeContainer(name, true, true);
        healthy("demo-web-1");
        healthy("demo-web-2");
        nginx = new InMemoryEngine.Program(1, "", "nginx: [emerg] unknown directive \"stream\" in /etc/jcompose/nginx.conf:9\n");
        // As Docker answers when the container exits while it lists its processes.
        engine.before("listProcesses", "demo-web-front", () -> {
            throw new EngineException("list processes of container", "demo-web-front", "ttrpc: closed: unknown");
        });
        ExecutionResult result = run(project("1", "rollback", "0"));
        assertFalse(result.succeeded());
        OpFailure failure = result.failures().get(0);
        assertTrue(failure.message().contains("front demo-web-front exited with code 1: nginx: [emerg] unknown directive"),
                failure.message());
        assertFalse(failure.message().contains("ttrpc"), failure.message());
        assertEquals(List.of("last log lines of Front demo-web-front:", "  nginx: [emerg] unknown directive"
                + " \"stream\" in /etc/jcompose/nginx.conf:9"), failure.lastLogLines());
    }

    @Test
    void pauseLeavesTheDoneBatchesServingBesideTheOldReplicas() throws Exception {
        healthy("demo-web-3");
        unhealthy("demo-web-4");
        ExecutionResult result = run(project("2", "pause", "0"));
        assertTrue(result.failures().get(0).message().contains("paused at batch 2 of 2"), result.toString());
        assertEquals(List.of("demo-web-2", "demo-web-3"), routes());
        assertTrue(names().contains("demo-web-1-retired"), names().toString());
    }

    @Test
    void continueGoesOnPastAFailedBatchAndFailsAtTheEnd() throws Exception {
        unhealthy("demo-web-3");
        healthy("demo-web-4");
        ExecutionResult result = run(project("2", "continue", "0"));
        assertTrue(result.failures().get(0).message().contains("went on past failures"), result.toString());
        assertEquals(List.of("demo-web-1", "demo-web-4"), routes(), "the replica that failed was not replaced");
    }

    @Test
    void continuePastBatchesThatAllFailedKeepsTheOlderRetiredGenerationForRollback() throws Exception {
        healthy("demo-web-3");
        healthy("demo-web-4");
        assertTrue(run(project("2", "continue", "0")).succeeded());
        unhealthy("demo-web-1");
        unhealthy("demo-web-2");
        ExecutionResult result = run(project("3", "continue", "0"));
        assertTrue(result.failures().get(0).message().contains("went on past failures"), result.toString());
        assertEquals(List.of("demo-web-3", "demo-web-4"), routes());
        assertTrue(names().containsAll(List.of("demo-web-1-retired", "demo-web-2-retired")), names().toString());
    }

    @Test
    void aFailureWithinMaxFailureRatioIsAWarningAndTheRolloutSucceeds() throws Exception {
        unhealthy("demo-web-3");
        healthy("demo-web-4");
        ExecutionResult result = run(project("2", "rollback", "0.5"));
        assertTrue(result.succeeded(), result.toString());
        assertEquals(List.of("demo-web-1", "demo-web-4"), routes());
        assertTrue(progress.events().stream().anyMatch(e -> e.detail() != null
                && e.detail().contains("within max_failure_ratio")), progress.events().toString());
    }

    // helpers

    private Project project(String version, String action, String ratio) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), WEB.formatted(version, action, ratio));
        return new ProjectLoader().load(LoadRequest.in(dir, Map.of()).withProjectName("demo")).project();
    }

    private ExecutionResult run(Project p) {
        ObservedProject observed = ObservedProject.from("demo", engine.listContainers(Map.of(Labels.PROJECT, "demo")),
                engine.listNetworks(Map.of()), List.of());
        Map<String, String> configs = new HashMap<>();
        engine.listContainers(Map.of(Labels.JCOMPOSE_ROLE, Labels.ROLE_FRONT)).forEach(f ->
                ContainerFiles.read(engine, f.id(), FrontConfig.PATH).ifPresent(b ->
                        configs.put(f.labels().get(Labels.SERVICE), new String(b, StandardCharsets.UTF_8))));
        Map<String, String> images = Map.of("app:1", "sha256:1", "app:2", "sha256:2", "app:3", "sha256:3",
                "nginx:test", "sha256:n");
        Plan plan = Planner.up(p, observed.withFrontConfigs(configs),
                PlanOptions.defaults().withImageIds(images).withFrontImage("nginx:test"));
        return new PlanExecutor(engine, progress, 0).execute(plan);
    }

    private void healthy(String name) {
        engine.after("startContainer", name, () -> memory.reportProbe(name, 0, "ok"));
    }

    private void unhealthy(String name) {
        engine.after("startContainer", name, () -> memory.reportProbe(name, 1, "probe says no"));
    }

    private List<String> routes() {
        return NginxConfig.routeNames(new String(ContainerFiles.read(memory, "demo-web-front", FrontConfig.PATH)
                .orElseThrow(), StandardCharsets.UTF_8));
    }

    private List<String> names() {
        return engine.listContainers(Map.of(Labels.PROJECT, "demo")).stream().map(c -> c.name()).sorted().toList();
    }

    private List<String> running() {
        return engine.listContainers(Map.of(Labels.PROJECT, "demo")).stream()
                .filter(c -> c.state().equals("running")).map(c -> c.name()).sorted().toList();
    }
}
