package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.model.Project;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.jcompose.plan.Fixtures.container;
import static dev.jcompose.plan.Fixtures.load;
import static dev.jcompose.plan.Fixtures.network;
import static dev.jcompose.plan.Fixtures.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden plans for run's preparation, kill, pause, unpause, and down with one-off containers. */
class OneOffPlansTest {

    @TempDir
    Path dir;

    private Project project() {
        return load(dir, """
                services:
                  app:
                    image: app
                    depends_on:
                      db:
                        condition: service_healthy
                    networks:
                      default:
                        aliases: [application]
                    ports: ["8080:80"]
                  db:
                    image: postgres
                    depends_on: [cache]
                  cache:
                    image: redis
                  other:
                    image: other
                """);
    }

    private static ContainerSummary oneOff(Project p, String service, String suffix, String state) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.PROJECT, p.name());
        labels.put(Labels.SERVICE, service);
        labels.put(Labels.ONEOFF, "True");
        String name = p.name() + "-" + service + "-run-" + suffix;
        return new ContainerSummary("id-" + name, "/" + name, "img", "sha256:img", labels, state, state, null,
                Instant.EPOCH, null, List.of());
    }

    @Test
    void runBringsUpTheDependenciesButNotTheServiceAndCreatesItsNetwork() {
        Project p = project();
        PlanOptions options = PlanOptions.defaults().withImageIds(Map.of("app", "sha256:a", "postgres", "sha256:p",
                "redis", "sha256:r"));
        Plan plan = OneOffPlanner.prepare(p, p.service("app"), ObservedProject.empty("demo"), options, false);
        String text = plan.render();
        assertTrue(text.contains("Creating Network demo_default (new network)"), text);
        assertTrue(text.contains("Starting Container demo-cache-1"), text);
        assertTrue(text.contains("Starting Container demo-db-1"), text);
        assertFalse(text.contains("demo-app-1") || text.contains("demo-other-1"), text);

        Plan noDeps = OneOffPlanner.prepare(p, p.service("app"), ObservedProject.empty("demo"), options, true);
        assertEquals("Creating Network demo_default (new network)\n", noDeps.render());

        Plan pull = OneOffPlanner.prepare(p, p.service("app"), ObservedProject.from("demo", List.of(),
                List.of(network("demo_default", "demo")), List.of()), PlanOptions.defaults(), true);
        assertEquals("Pulling app Image app (image missing)\n", pull.render());
    }

    @Test
    void runWaitsForTheServicesOwnDependencyConditions() {
        Project p = project();
        ObservedProject observed = ObservedProject.from("demo", List.of(running(p, "db", 1), running(p, "cache", 1)),
                List.of(), List.of());
        assertEquals("Waiting Container demo-db-1 (depends_on: service_healthy)\n",
                OneOffPlanner.awaitDependencies(p.service("app"), observed).render());
    }

    @Test
    void aOneOffContainerIsLabelledAsDockerComposeDoesAndHasNoAliasesUnlessAsked() {
        Project p = project();
        ContainerSpec spec = ContainerSpecFactory.oneOff(p, p.service("app"), "demo-app-run-0123456789ab",
                "0123456789ab" + "0".repeat(52), "hash", "app", "sha256:a", false, true, true);
        assertEquals("demo-app-run-0123456789ab", spec.name());
        assertEquals("True", spec.labels().get(Labels.ONEOFF));
        assertEquals("0123456789ab" + "0".repeat(52), spec.labels().get(Labels.SLUG));
        assertNull(spec.labels().get(Labels.CONTAINER_NUMBER));
        assertEquals("app", spec.labels().get(Labels.SERVICE));
        assertTrue(spec.autoRemove());
        assertTrue(spec.networks().get("demo_default").aliases().isEmpty());

        ContainerSpec aliased = ContainerSpecFactory.oneOff(p, p.service("app"), "x", "s", "hash", "app", null, true,
                false, false);
        assertEquals(List.of("app", "application"), aliased.networks().get("demo_default").aliases());
        assertFalse(aliased.autoRemove());
        assertFalse(aliased.stdinOnce());
    }

    @Test
    void killTakesRunningContainersOneOffsIncludedAndOrphansOnlyWhenAsked() {
        Project p = project();
        ObservedProject observed = ObservedProject.from("demo", List.of(running(p, "app", 1),
                container(p, "db", 1, "exited", "h"), oneOff(p, "app", "aaaaaaaaaaaa", "running"),
                container(p, "gone", 1, "running", "h")), List.of(), List.of());
        assertEquals("""
                Killing Container demo-app-run-aaaaaaaaaaaa (kill)
                Killing Container demo-app-1 (kill)
                """, ContainerActions.kill(p, observed, Set.of(), "SIGKILL", false).render());
        assertTrue(ContainerActions.kill(p, observed, Set.of(), "SIGKILL", true).render()
                .contains("Killing Container demo-gone-1"));
        assertTrue(ContainerActions.kill(null, observed, Set.of(), "SIGKILL", false).render()
                .contains("Killing Container demo-gone-1"), "without files everything labelled goes");
        assertEquals("", ContainerActions.kill(p, observed, Set.of("db"), "SIGKILL", false).render());
    }

    @Test
    void pauseTakesRunningServiceContainersAndUnpauseThePausedOnes() {
        Project p = project();
        ObservedProject observed = ObservedProject.from("demo", List.of(running(p, "app", 1),
                container(p, "db", 1, "paused", "h"), oneOff(p, "app", "bbbbbbbbbbbb", "running")), List.of(), List.of());
        assertEquals("Pausing Container demo-app-1 (pause)\n", ContainerActions.pause(observed, Set.of()).render());
        assertEquals("Unpausing Container demo-db-1 (unpause)\n", ContainerActions.unpause(observed, Set.of()).render());
        assertEquals("", ContainerActions.unpause(observed, Set.of("app")).render());
    }

    @Test
    void downRemovesOneOffContainersOnlyWithRemoveOrphans() {
        Project p = project();
        ObservedProject observed = ObservedProject.from("demo", List.of(running(p, "app", 1),
                oneOff(p, "app", "cccccccccccc", "running")), List.of(network("demo_default", "demo")), List.of());
        String plain = Planner.down("demo", p, observed, DownOptions.defaults()).render();
        assertFalse(plain.contains("run-cccccccccccc"), plain);
        String orphans = Planner.down("demo", p, observed, new DownOptions(true, false, DownOptions.Rmi.NONE, null))
                .render();
        assertTrue(orphans.contains("Stopping Container demo-app-run-cccccccccccc (down --remove-orphans)"), orphans);
        assertTrue(orphans.contains("Removing Network demo_default (down) after container:demo-app-1:remove, "
                + "container:demo-app-run-cccccccccccc:remove"), orphans);
    }
}
