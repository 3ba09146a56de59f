package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.model.Project;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedProject;
import dev.jcompose.state.ServiceHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rollout plans of fronted services: golden steps from files plus what the engine holds. */
class RolloutPlannerTest {

    @TempDir
    Path dir;

    private static final String WEB = """
            services:
              web:
                image: app:%s
                ports: ["127.0.0.1:8080:80"]
                healthcheck:
                  test: ["CMD", "true"]
                deploy:
                  replicas: %d
                  update_config:
                    order: start-first
                    parallelism: %d
            """;

    private Project web(String version, int replicas, int parallelism) {
        return Fixtures.load(dir, WEB.formatted(version, replicas, parallelism));
    }

    @Test
    void theOlderRetiredGenerationGoesOnlyWhenTheRolloutWorkedAndTheFrontKeepsNamingTheServingOne() {
        Project p = web("3", 2, 1);
        List<ContainerSummary> cs = new ArrayList<>(List.of(replica(web("2", 2, 1), 3, 2, "running"),
                replica(web("2", 2, 1), 4, 2, "running"), front(p)));
        cs.add(renamed(replica(web("1", 2, 1), 1, 1, "exited"), "demo-web-1-retired"));
        cs.add(renamed(replica(web("1", 2, 1), 2, 1, "exited"), "demo-web-2-retired"));
        // The front routes elsewhere, so prepare switches it: that switch must not announce the new generation.
        RolloutPlan rp = rolloutOf(Planner.up(p, observed(p, cs, "demo-web-3"), images(p))).plan();
        assertEquals(3, rp.generation());
        assertTrue(!rp.prepare().render().contains("Removing"), "a failed rollout leaves the rollback target:\n"
                + rp.prepare().render());
        assertTrue(rp.removeOlder().render().contains("Removing Container demo-web-1-retired (an older generation)"),
                rp.removeOlder().render());
        assertTrue(rp.removeOlder().render().contains("Removing Container demo-web-2-retired (an older generation)"),
                rp.removeOlder().render());
        assertEquals(List.of(2), switches(rp.prepare()).stream().map(Op.SwitchFront::generation).toList());
        assertEquals(List.of(2), switches(rp.batches().get(0).revert()).stream().map(Op.SwitchFront::generation)
                .toList(), "undone, the front says the generation that serves again");
        assertEquals(List.of(3), switches(rp.batches().get(0).forward()).stream().map(Op.SwitchFront::generation)
                .toList());
    }

    @Test
    void anOlderRetiredReplicaHoldingTheNameOfOneAboutToRetireGoesJustBeforeIt() {
        // Left by a paused rollout: demo-web-1 (generation 3) was made while demo-web-1-retired (generation 1) kept.
        Project p = web("4", 2, 1);
        List<ContainerSummary> cs = new ArrayList<>(List.of(replica(web("3", 2, 1), 1, 3, "running"),
                replica(web("2", 2, 1), 4, 2, "running"), front(p)));
        cs.add(renamed(replica(web("2", 2, 1), 3, 2, "exited"), "demo-web-3-retired"));
        cs.add(renamed(replica(web("1", 2, 1), 1, 1, "exited"), "demo-web-1-retired"));
        cs.add(renamed(replica(web("1", 2, 1), 2, 1, "exited"), "demo-web-2-retired"));
        RolloutPlan rp = rolloutOf(Planner.up(p, observed(p, cs, "demo-web-1 demo-web-4"), images(p))).plan();
        String settles = rp.batches().stream().map(b -> b.settle().render()).reduce("", String::concat);
        assertTrue(settles.contains("Retiring Container demo-web-1 (kept for rollback) after container:demo-web-1:stop,"
                + " container:demo-web-1-retired:remove\n"), settles);
        assertEquals("Removing Container demo-web-2-retired (an older generation)\n", rp.removeOlder().render());
    }

    @Test
    void aNewFrontedServiceGetsItsFrontAndReplicasWithoutPortsOrAliases() {
        Project p = web("1", 2, 1);
        Plan plan = Planner.up(p, observed(p, List.of(), null), images(p));
        Op.Rollout rollout = rolloutOf(plan);
        RolloutPlan rp = rollout.plan();
        assertEquals("""
                Creating Container demo-web-front (front missing)
                Switching Front demo-web-front (front missing) after container:demo-web-front:create
                """, rp.prepare().render());
        assertEquals(1, rp.batches().size());
        assertEquals(List.of("demo-web-1", "demo-web-2"), rp.batches().get(0).added());
        assertEquals(List.of("demo-web-1", "demo-web-2"), rp.finalRoutes());
        assertEquals(1, rp.generation());

        ContainerSpec replica = creates(rp.batches().get(0).forward()).get(0);
        assertEquals(List.of(), replica.ports());
        assertEquals(List.of(), replica.networks().get("demo_default").aliases());
        assertEquals("1", replica.labels().get(Labels.JCOMPOSE_GENERATION));
        ContainerSpec front = creates(rp.prepare()).get(0);
        assertEquals("127.0.0.1", front.ports().get(0).hostIp());
        assertEquals("8080", front.ports().get(0).hostPort());
        assertEquals(List.of("web"), front.networks().get("demo_default").aliases());
        assertEquals(Labels.ROLE_FRONT, front.labels().get(Labels.JCOMPOSE_ROLE));
        assertEquals("web", front.labels().get(Labels.SERVICE));
        assertEquals("nginx:test", front.image());
    }

    @Test
    void aChangedServiceIsReplacedOneBatchAtATimeStartFirst() {
        Project before = web("1", 2, 1);
        Project p = web("2", 2, 1);
        ObservedProject o = observed(p, List.of(replica(before, 1, 1, "running"), replica(before, 2, 1, "running"),
                front(p)), "demo-web-1 demo-web-2");
        RolloutPlan rp = rolloutOf(Planner.up(p, o, images(p))).plan();
        assertTrue(rp.prepare().isEmpty(), "the front already routes to the serving replicas:\n" + rp.prepare().render());
        assertEquals(2, rp.batches().size());
        assertEquals(2, rp.generation());
        assertEquals("""
                Creating Container demo-web-3 (config changed)
                Starting Container demo-web-3 (new replica) after container:demo-web-3:create
                Waiting Container demo-web-3 (must be ready before it gets traffic) after container:demo-web-3:start
                Switching Front demo-web-front (new replicas ready) after container:demo-web-3:await-ready
                """, rp.batches().get(0).forward().render());
        assertEquals("""
                Stopping Container demo-web-1 (replaced)
                Retiring Container demo-web-1 (kept for rollback) after container:demo-web-1:stop
                """, rp.batches().get(0).settle().render(), "the replaced replica stops while the next batch starts");
        assertEquals("""
                Restoring Container demo-web-1 (revert)
                Starting Container demo-web-1 (revert) after container:demo-web-1:unretire
                Waiting Container demo-web-1 (revert) after container:demo-web-1:start
                Switching Front demo-web-front (revert) after container:demo-web-1:await-ready
                Stopping Container demo-web-3 (revert) after front:demo-web-front:switch:+demo-web-1,-demo-web-3
                Removing Container demo-web-3 (revert) after container:demo-web-3:stop
                """, rp.batches().get(0).revert().render());
        assertEquals(List.of("demo-web-4"), rp.batches().get(1).added());
        assertEquals(List.of("demo-web-2"), rp.batches().get(1).replaced());
        assertEquals(List.of("demo-web-3", "demo-web-4"), rp.finalRoutes());
        assertEquals(UpdatePolicy.FailureAction.ROLLBACK, rp.update().failureAction());
    }

    @Test
    void nothingChangedAndTheFrontRoutingRightPlansNothing() {
        Project p = web("1", 2, 1);
        ObservedProject o = observed(p, List.of(replica(p, 1, 1, "running"), replica(p, 2, 1, "running"), front(p)),
                "demo-web-1 demo-web-2");
        assertTrue(Planner.up(p, o, images(p)).isEmpty(), Planner.up(p, o, images(p)).render());
    }

    @Test
    void aFrontRoutingElsewhereIsPointedBackAtTheServingReplicas() {
        Project p = web("1", 2, 1);
        ObservedProject o = observed(p, List.of(replica(p, 1, 1, "running"), replica(p, 2, 1, "running"), front(p)),
                "demo-web-1");
        RolloutPlan rp = rolloutOf(Planner.up(p, o, images(p))).plan();
        assertEquals("Switching Front demo-web-front (front routes to other replicas)\n", rp.prepare().render());
        assertTrue(rp.batches().isEmpty());
    }

    @Test
    void anInterruptedRolloutIsFinishedFromWhatTheEngineHolds() {
        Project before = web("1", 2, 1);
        Project p = web("2", 2, 1);
        // Killed mid-way: web-3 (new) serves, web-1 (old) still serves, web-2 (old) was stopped but not retired.
        ObservedProject o = observed(p, List.of(replica(before, 1, 1, "running"), replica(before, 2, 1, "exited"),
                replica(p, 3, 2, "running"), front(p)), "demo-web-1 demo-web-2 demo-web-3");
        RolloutPlan rp = rolloutOf(Planner.up(p, o, images(p))).plan();
        assertEquals("""
                Removing Container demo-web-2 (not running)
                Switching Front demo-web-front (front routes to other replicas)
                """, rp.prepare().render());
        assertEquals(1, rp.batches().size());
        assertEquals(List.of("demo-web-2"), rp.batches().get(0).added());
        assertEquals(List.of("demo-web-1"), rp.batches().get(0).replaced());
        assertEquals(2, rp.generation(), "the new replicas join the generation already serving");
        assertEquals(List.of("demo-web-2", "demo-web-3"), rp.finalRoutes());
    }

    @Test
    void parallelismGroupsReplacementsAndAdditionsComeFirst() {
        Project before = web("1", 2, 2);
        Project p = web("2", 4, 2);
        ObservedProject o = observed(p, List.of(replica(before, 1, 1, "running"), replica(before, 2, 1, "running"),
                front(p)), "demo-web-1 demo-web-2");
        RolloutPlan rp = rolloutOf(Planner.up(p, o, images(p))).plan();
        assertEquals(2, rp.batches().size());
        assertEquals(List.of("demo-web-5", "demo-web-6"), rp.batches().get(0).added(), "additions replace nothing");
        assertEquals(List.of(), rp.batches().get(0).replaced());
        assertEquals(List.of("demo-web-3", "demo-web-4"), rp.batches().get(1).added());
        assertEquals(List.of("demo-web-1", "demo-web-2"), rp.batches().get(1).replaced());
        assertEquals(4, rp.replacements());
    }

    @Test
    void fewerReplicasAreSwitchedAwayFromBeforeTheyStop() {
        Project p = web("1", 1, 1);
        ObservedProject o = observed(p, List.of(replica(p, 1, 1, "running"), replica(p, 2, 1, "running"), front(p)),
                "demo-web-1 demo-web-2");
        RolloutPlan rp = rolloutOf(Planner.up(p, o, images(p))).plan();
        assertEquals("""
                Switching Front demo-web-front (fewer replicas)
                Stopping Container demo-web-2 (fewer replicas) after front:demo-web-front:switch:-demo-web-2
                Removing Container demo-web-2 (fewer replicas) after container:demo-web-2:stop
                """, rp.finish().render());
    }

    @Test
    void aSingleReplicaWritingToANamedVolumeIsReplacedStopFirstUnlessItAllowsOverlap() {
        String yaml = """
                services:
                  db:
                    image: db:%s
                    expose: ["5432"]
                    volumes: ["data:/var/lib/data"]
                    deploy:
                      update_config:
                        order: start-first
                    %s
                volumes:
                  data: {}
                """;
        Project before = Fixtures.load(dir, yaml.formatted("1", ""));
        Project p = Fixtures.load(dir, yaml.formatted("2", ""));
        ObservedProject o = observed(p, List.of(replica(before, "db", 1, 1, "running"), front(p, "db")), "demo-db-1");
        RolloutPlan rp = rolloutOf(Planner.up(p, o, images(p))).plan();
        assertEquals(UpdatePolicy.Order.STOP_FIRST, rp.update().order());
        assertEquals("""
                Switching Front demo-db-front (stop-first: one writer at a time)
                Stopping Container demo-db-1 (replaced) after front:demo-db-front:switch:-demo-db-1
                Retiring Container demo-db-1 (kept for rollback) after container:demo-db-1:stop
                Creating Container demo-db-2 (config changed) after container:demo-db-1:retire
                Starting Container demo-db-2 (new replica) after container:demo-db-2:create
                Monitoring Container demo-db-2 (no healthcheck: must keep running) after container:demo-db-2:start
                Switching Front demo-db-front (new replicas ready) after container:demo-db-2:monitor
                """, rp.batches().get(0).forward().render());

        Project overlap = Fixtures.load(dir, yaml.formatted("2", "labels: {dev.jcompose.rollout.overlap: \"true\"}"));
        RolloutPlan free = rolloutOf(Planner.up(overlap, observed(overlap, List.of(replica(before, "db", 1, 1, "running"),
                front(overlap, "db")), "demo-db-1"), images(overlap))).plan();
        assertEquals(UpdatePolicy.Order.START_FIRST, free.update().order());
    }

    @Test
    void rollbackRestoresTheRetiredGenerationAndRetiresTheServingOne() {
        Project p = web("2", 2, 1);
        List<ContainerSummary> cs = new ArrayList<>(List.of(replica(p, 3, 2, "running"), replica(p, 4, 2, "running"),
                front(p)));
        cs.add(renamed(replica(web("1", 2, 1), 1, 1, "exited"), "demo-web-1-retired"));
        cs.add(renamed(replica(web("1", 2, 1), 2, 1, "exited"), "demo-web-2-retired"));
        ObservedProject o = observed(p, cs, "demo-web-3 demo-web-4");
        RolloutPlan rp = RolloutPlanner.rollback(p, p.service("web"), o, "nginx:test").orElseThrow();
        assertEquals(1, rp.generation());
        assertEquals(List.of("demo-web-1", "demo-web-2"), rp.finalRoutes());
        assertEquals("""
                Restoring Container demo-web-1 (rollback)
                Starting Container demo-web-1 (rollback) after container:demo-web-1:unretire
                Waiting Container demo-web-1 (must be ready before it gets traffic) after container:demo-web-1:start
                Switching Front demo-web-front (new replicas ready) after container:demo-web-1:await-ready
                """, rp.batches().get(0).forward().render());
        assertEquals(List.of("demo-web-3"), rp.batches().get(0).replaced());
        assertTrue(RolloutPlanner.rollback(p, p.service("web"), observed(p, List.of(front(p)), ""), "nginx:test")
                .isEmpty(), "nothing retired, nothing to roll back to");
    }

    @Test
    void aServiceThatNoLongerAsksForAFrontLosesItAndGetsItsPortsBack() {
        Project fronted = web("1", 1, 1);
        Project p = Fixtures.load(dir, """
                services:
                  web:
                    image: app:1
                    ports: ["127.0.0.1:8080:80"]
                    healthcheck:
                      test: ["CMD", "true"]
                """);
        ObservedProject o = observed(p, List.of(replica(fronted, 1, 1, "running"), front(fronted)), "demo-web-1");
        String plan = Planner.up(p, o, images(p)).render();
        assertTrue(plan.contains("Removing Container demo-web-front (no longer behind a front)"), plan);
        assertTrue(plan.contains("Recreating Container demo-web-1 (no longer behind a front)"), plan);
    }

    // fixtures

    private static PlanOptions images(Project p) {
        Map<String, String> ids = new LinkedHashMap<>();
        p.services().values().forEach(s -> ids.put(s.imageName(p.name()), "sha256:" + s.imageName(p.name())));
        ids.put("nginx:test", "sha256:nginx");
        return PlanOptions.defaults().withImageIds(ids).withFrontImage("nginx:test");
    }

    private static ObservedProject observed(Project p, List<ContainerSummary> containers, String routes) {
        ObservedProject o = ObservedProject.from("demo", containers, List.of(Fixtures.network("demo_default", "demo")),
                List.of());
        if (routes == null) return o;
        StringBuilder header = new StringBuilder("# jcompose-routes:");
        for (String r : routes.split(" ")) if (!r.isEmpty()) header.append(' ').append(r).append("=10.0.0.1");
        Map<String, String> configs = new LinkedHashMap<>();
        p.services().keySet().forEach(s -> configs.put(s, header + "\n"));
        return o.withFrontConfigs(configs);
    }

    private static ContainerSummary replica(Project p, int number, int generation, String state) {
        return replica(p, "web", number, generation, state);
    }

    private static ContainerSummary replica(Project p, String service, int number, int generation, String state) {
        ContainerSummary c = Fixtures.container(p, service, number, state, ServiceHash.of(p, p.service(service)));
        Map<String, String> labels = new LinkedHashMap<>(c.labels());
        labels.put(Labels.JCOMPOSE_GENERATION, Integer.toString(generation));
        return new ContainerSummary(c.id(), c.name(), c.image(), "sha256:" + p.service(service).imageName("demo"), labels,
                c.state(), c.status(), "running".equals(state) ? "healthy" : null, Instant.EPOCH, null, List.of());
    }

    private static ContainerSummary renamed(ContainerSummary c, String name) {
        return new ContainerSummary(c.id(), "/" + name, c.image(), c.imageId(), c.labels(), c.state(), c.status(),
                c.health(), c.created(), c.exitCode(), c.ports());
    }

    private static ContainerSummary front(Project p) {
        return front(p, "web");
    }

    private static ContainerSummary front(Project p, String service) {
        ContainerSpec spec = Fronts.spec(p, p.service(service), "nginx:test");
        return new ContainerSummary("id-front-" + service, "/" + spec.name(), spec.image(), "sha256:nginx",
                spec.labels(), "running", "Up", null, Instant.EPOCH, null, List.of());
    }

    private static Op.Rollout rolloutOf(Plan plan) {
        List<Op> rollouts = plan.ops().stream().filter(op -> op instanceof Op.Rollout).toList();
        assertEquals(1, rollouts.size(), plan.render());
        return assertInstanceOf(Op.Rollout.class, rollouts.get(0));
    }

    private static List<Op.SwitchFront> switches(Plan plan) {
        return plan.ops().stream().filter(op -> op instanceof Op.SwitchFront).map(op -> (Op.SwitchFront) op).toList();
    }

    private static List<ContainerSpec> creates(Plan plan) {
        return plan.ops().stream().filter(op -> op instanceof Op.CreateContainer)
                .map(op -> ((Op.CreateContainer) op).spec()).toList();
    }

}
