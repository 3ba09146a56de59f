package dev.jcompose.plan;

import dev.jcompose.model.Project;
import dev.jcompose.state.ObservedProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static dev.jcompose.plan.Fixtures.container;
import static dev.jcompose.plan.Fixtures.load;
import static dev.jcompose.plan.Fixtures.network;
import static dev.jcompose.plan.Fixtures.running;
import static dev.jcompose.plan.Fixtures.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Golden plans for down, stop, start and rm. */
class PlannerTeardownTest {

    @TempDir
    Path dir;

    private Project project() {
        return load(dir, """
                services:
                  web:
                    image: nginx
                    depends_on: [db]
                    networks: [default, shared]
                  db:
                    image: postgres
                    volumes: [data:/data]
                volumes:
                  data: {}
                  outside: {external: true}
                networks:
                  shared: {external: true}
                """);
    }

    private ObservedProject observed(Project p) {
        return ObservedProject.from("demo", List.of(running(p, "web", 1), running(p, "db", 1)),
                List.of(network("demo_default", "demo"), network("shared", null)),
                List.of(volume("demo_data", "demo"), volume("outside", null)));
    }

    @Test
    void downStopsDependentsFirstAndKeepsVolumesAndExternalNetworks() {
        Project p = project();
        assertEquals("""
                Stopping Container demo-web-1 (down)
                Removing Container demo-web-1 (down) after container:demo-web-1:stop
                Stopping Container demo-db-1 (down) after container:demo-web-1:stop
                Removing Container demo-db-1 (down) after container:demo-db-1:stop
                Removing Network demo_default (down) after container:demo-web-1:remove, container:demo-db-1:remove
                """, Planner.down("demo", p, observed(p), DownOptions.defaults()).render());
    }

    @Test
    void downWithVolumesRemovesNamedProjectVolumesOnly() {
        Project p = project();
        String plan = Planner.down("demo", p, observed(p), new DownOptions(false, true, DownOptions.Rmi.NONE, null))
                .render();
        assertEquals(true, plan.contains("Removing Volume demo_data (down -v) after container:demo-web-1:remove"),
                plan);
        assertEquals(false, plan.contains("outside"), plan);
        assertEquals(false, plan.contains("shared"), plan);
    }

    @Test
    void downWithoutAProjectWorksFromLabelsAlone() {
        Project p = project();
        ObservedProject o = ObservedProject.from("demo", List.of(
                        running(p, "db", 1), withDependsOn(p)),
                List.of(network("demo_default", "demo"), network("shared", null)), List.of());
        assertEquals("""
                Stopping Container demo-web-1 (down)
                Removing Container demo-web-1 (down) after container:demo-web-1:stop
                Stopping Container demo-db-1 (down) after container:demo-web-1:stop
                Removing Container demo-db-1 (down) after container:demo-db-1:stop
                Removing Network demo_default (down) after container:demo-web-1:remove, container:demo-db-1:remove
                """, Planner.down("demo", null, o, DownOptions.defaults()).render());
    }

    private static dev.jcompose.engine.ContainerSummary withDependsOn(Project p) {
        var c = running(p, "web", 1);
        var labels = new java.util.HashMap<>(c.labels());
        labels.put("com.docker.compose.depends_on", "db:service_started:false");
        return new dev.jcompose.engine.ContainerSummary(c.id(), c.name(), c.image(), c.imageId(), labels, c.state(),
                c.status(), c.health(), c.created(), c.exitCode(), c.ports());
    }

    @Test
    void downLeavesOrphansUnlessAskedAndRemovesLocalImagesWithRmiLocal() {
        Project p = load(dir, "services:\n  app:\n    build: .\n  web:\n    image: nginx\n");
        ObservedProject o = ObservedProject.from("demo", List.of(container(p, "gone", 1, "exited", "x")),
                List.of(), List.of());
        assertEquals("Removing Image demo-app (--rmi local)\n",
                Planner.down("demo", p, o, new DownOptions(false, false, DownOptions.Rmi.LOCAL, null)).render());
        assertEquals("Removing Container demo-gone-1 (down)\n",
                Planner.down("demo", p, o, new DownOptions(true, false, DownOptions.Rmi.NONE, null)).render());
    }

    @Test
    void stopUsesTheTimeoutAndOnlyTheNamedServices() {
        Project p = project();
        Plan plan = Planner.stop(p, observed(p), Set.of("db"), Duration.ofSeconds(3));
        assertEquals("Stopping Container demo-db-1 (stop)\n", plan.render());
        assertEquals(Duration.ofSeconds(3), ((Op.StopContainer) plan.ops().get(0)).timeout());
    }

    @Test
    void startStartsStoppedContainersAfterTheirDependencies() {
        Project p = project();
        ObservedProject o = ObservedProject.from("demo", List.of(
                container(p, "web", 1, "exited", "h"), container(p, "db", 1, "exited", "h")), List.of(), List.of());
        assertEquals("""
                Starting Container demo-db-1 (start)
                Waiting Container demo-db-1 (depends_on: service_started) after container:demo-db-1:start
                Starting Container demo-web-1 (start) after container:demo-db-1:await-started
                """, Planner.start(p, o, Set.of()).render());
    }

    @Test
    void restartRestartsEachContainerOnItsOwnAfterItsDependencies() {
        Project p = project();
        ObservedProject o = ObservedProject.from("demo", List.of(
                running(p, "web", 1), container(p, "db", 1, "exited", "h")), List.of(), List.of());
        assertEquals("""
                Starting Container demo-db-1 (restart)
                Stopping Container demo-web-1 (restart) after container:demo-db-1:start
                Starting Container demo-web-1 (restart) after container:demo-web-1:stop
                """, Planner.restart(p, o, Set.of(), Duration.ofSeconds(2)).render());
        assertEquals("""
                Stopping Container demo-web-1 (restart)
                Starting Container demo-web-1 (restart) after container:demo-web-1:stop
                """, Planner.restart(p, o, Set.of("web"), null).render());
    }

    @Test
    void rmRemovesOnlyStoppedContainersUnlessStopFirst() {
        Project p = project();
        ObservedProject o = ObservedProject.from("demo", List.of(
                running(p, "web", 1), container(p, "db", 1, "exited", "h")), List.of(), List.of());
        assertEquals("Removing Container demo-db-1 (rm)\n", Planner.remove(o, Set.of(), false, false).render());
        assertEquals("""
                Stopping Container demo-web-1 (rm)
                Removing Container demo-web-1 (rm) after container:demo-web-1:stop
                """, Planner.remove(o, Set.of("web"), true, false).render());
    }
}
