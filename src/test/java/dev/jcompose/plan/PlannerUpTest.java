package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.model.Project;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.jcompose.plan.Fixtures.container;
import static dev.jcompose.plan.Fixtures.load;
import static dev.jcompose.plan.Fixtures.network;
import static dev.jcompose.plan.Fixtures.running;
import static dev.jcompose.plan.Fixtures.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden plans for {@code up}: desired project + observed engine state → plan text. */
class PlannerUpTest {

    @TempDir
    Path dir;

    private static final String WEB_DB = """
            services:
              web:
                image: nginx
                depends_on:
                  db:
                    condition: service_healthy
                volumes: [data:/data]
              db:
                image: postgres
            volumes:
              data: {}
            """;

    private static final Map<String, String> IMAGES = Map.of("nginx", "sha256:img", "postgres", "sha256:img");

    private static PlanOptions options() {
        return PlanOptions.defaults().withImageIds(IMAGES);
    }

    private static ObservedProject observed(List<ContainerSummary> containers) {
        return ObservedProject.from("demo", containers, List.of(network("demo_default", "demo")),
                List.of(volume("demo_data", "demo")));
    }

    @Test
    void freshUpCreatesNetworksVolumesAndContainersInDependencyOrder() {
        Project p = load(dir, WEB_DB);
        Plan plan = Planner.up(p, ObservedProject.empty("demo"), PlanOptions.defaults());
        assertEquals("""
                Creating Network demo_default (new network)
                Pulling db Image postgres (image missing)
                Creating Volume "demo_data" (new volume)
                Pulling web Image nginx (image missing)
                Creating Container demo-db-1 (new service) after network:demo_default:create, image:postgres:pull
                Starting Container demo-db-1 (new service) after container:demo-db-1:create
                Waiting Container demo-db-1 (depends_on: service_healthy) after container:demo-db-1:start
                Creating Container demo-web-1 (new service) after network:demo_default:create, volume:demo_data:create, image:nginx:pull, container:demo-db-1:await-healthy
                Starting Container demo-web-1 (new service) after container:demo-web-1:create
                """, plan.render());
    }

    @Test
    void secondUpWithNothingChangedPlansNothing() {
        Project p = load(dir, WEB_DB);
        Plan plan = Planner.up(p, observed(List.of(running(p, "db", 1), running(p, "web", 1))), options());
        assertTrue(plan.isEmpty(), plan.render());
    }

    @Test
    void aStoppedContainerIsStartedAfterItsDependencies() {
        Project p = load(dir, WEB_DB);
        ContainerSummary web = container(p, "web", 1, "exited", Fixtures.running(p, "web", 1).labels()
                .get("dev.jcompose.config-hash"));
        Plan plan = Planner.up(p, observed(List.of(running(p, "db", 1), web)), options());
        assertEquals("""
                Waiting Container demo-db-1 (depends_on: service_healthy)
                Starting Container demo-web-1 (not running) after container:demo-db-1:await-healthy
                """, plan.render());
    }

    @Test
    void aConfigChangeRecreatesOnlyThatService() {
        Project p = load(dir, WEB_DB);
        ContainerSummary oldDb = container(p, "db", 1, "running", "0ld");
        Plan plan = Planner.up(p, observed(List.of(oldDb, running(p, "web", 1))), options());
        assertEquals("""
                Recreating Container demo-db-1 (config changed)
                Stopping Container demo-db-1 (config changed) after container:id-demo-db-1_demo-db-1:create
                Removing Container demo-db-1 (config changed) after container:demo-db-1:stop
                Renaming Container demo-db-1 (config changed) after container:demo-db-1:remove
                Starting Container demo-db-1 (config changed) after container:id-demo-db-1_demo-db-1:rename
                """, plan.render());
    }

    @Test
    void restartTrueRestartsTheDependentOfARecreatedService() {
        Project p = load(dir, """
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_started, restart: true}
                  db:
                    image: postgres
                """);
        ContainerSummary oldDb = container(p, "db", 1, "running", "0ld");
        Plan plan = Planner.up(p, observed(List.of(oldDb, running(p, "web", 1))), options());
        assertEquals("""
                Recreating Container demo-db-1 (config changed)
                Stopping Container demo-db-1 (config changed) after container:id-demo-db-1_demo-db-1:create
                Removing Container demo-db-1 (config changed) after container:demo-db-1:stop
                Renaming Container demo-db-1 (config changed) after container:demo-db-1:remove
                Starting Container demo-db-1 (config changed) after container:id-demo-db-1_demo-db-1:rename
                Stopping Container demo-web-1 (db recreated)
                Waiting Container demo-db-1 (depends_on: service_started) after container:demo-db-1:start
                Starting Container demo-web-1 (db recreated) after container:demo-web-1:stop, container:demo-db-1:await-started
                """, plan.render());
    }

    @Test
    void aChangedImageRecreates() {
        Project p = load(dir, WEB_DB);
        Plan plan = Planner.up(p, observed(List.of(running(p, "db", 1), running(p, "web", 1))),
                PlanOptions.defaults().withImageIds(Map.of("nginx", "sha256:new", "postgres", "sha256:img")));
        assertTrue(plan.render().contains("Recreating Container demo-web-1 (image changed)"), plan.render());
        assertTrue(!plan.render().contains("Creating Container demo-db-1"), plan.render());
    }

    @Test
    void aChangedSecretFileRecreatesTheContainersThatMountItAndNamesIt() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("pw.txt"), "s3cret");
        Project p = load(dir, """
                services:
                  app:
                    image: nginx
                    secrets: [pw]
                  other:
                    image: nginx
                secrets:
                  pw:
                    file: ./pw.txt
                """);
        String file = dir.resolve("pw.txt").toString();
        PlanOptions before = options().withFileDigests(Map.of(file, "aaaa"));
        Plan fresh = Planner.up(p, ObservedProject.empty("demo"), before);
        String created = fresh.ops().stream().filter(o -> o instanceof Op.CreateContainer c && c.service().equals("app"))
                .map(o -> ((Op.CreateContainer) o).spec().labels().get(Labels.JCOMPOSE_FILE_DIGESTS)).findFirst().orElseThrow();
        assertEquals("secrets.pw=aaaa", created);

        ContainerSummary app = withLabel(running(p, "app", 1), Labels.JCOMPOSE_FILE_DIGESTS, created);
        List<ContainerSummary> have = List.of(app, running(p, "other", 1));
        assertTrue(Planner.up(p, observed(have), before).isEmpty(), "same content: nothing to do");
        Plan changed = Planner.up(p, observed(have), options().withFileDigests(Map.of(file, "bbbb")));
        assertTrue(changed.render().contains("Recreating Container demo-app-1 (secrets.pw content changed)"), changed.render());
        assertTrue(!changed.render().contains("demo-other-1"), changed.render());
        // A container from before digests were recorded is not recreated for lack of the label.
        assertTrue(Planner.up(p, observed(List.of(running(p, "app", 1), running(p, "other", 1))),
                options().withFileDigests(Map.of(file, "bbbb"))).isEmpty());
    }

    @Test
    void aRecreatedContainerInheritsTheOldOnesAnonymousVolumesUnlessRenewed() {
        Project p = load(dir, "services:\n  db:\n    image: postgres\n    volumes: [/data]\n");
        String anonData = "a".repeat(64);
        String anonImage = "b".repeat(64);
        ContainerSummary old = container(p, "db", 1, "running", "0ld");
        old = new ContainerSummary(old.id(), old.name(), old.image(), old.imageId(), old.labels(), old.state(),
                old.status(), old.health(), old.created(), old.exitCode(), old.ports(), "",
                List.of(new dev.jcompose.engine.MountInfo(dev.jcompose.engine.MountType.VOLUME, anonData, "/x", "/data", true),
                        new dev.jcompose.engine.MountInfo(dev.jcompose.engine.MountType.VOLUME, anonImage, "/y", "/var/lib/pg", true)));
        Op.CreateContainer create = creates(Planner.up(p, observed(List.of(old)), options()), "db");
        assertEquals("demo-db-1", create.replaces());
        assertEquals("id-demo-db-1_demo-db-1", create.spec().name());
        assertEquals("db-1", create.spec().labels().get(Labels.REPLACE));
        assertEquals(java.util.Map.of("/data", anonData, "/var/lib/pg", anonImage), volumeSources(create));

        Op.CreateContainer renewed = creates(Planner.up(p, observed(List.of(old)), options().withRenewAnonVolumes(true)), "db");
        assertEquals(java.util.Collections.singletonMap("/data", null), volumeSources(renewed));
    }

    @Test
    void anUnfinishedRecreateIsRepaired() {
        Project p = load(dir, "services:\n  db:\n    image: postgres\n");
        ContainerSummary current = running(p, "db", 1);
        ContainerSummary half = withLabel(running(p, "db", 1), Labels.REPLACE, "db-1");
        half = new ContainerSummary("0123456789abcdef", "0123456789ab_demo-db-1", half.image(), half.imageId(),
                half.labels(), "created", "created", null, half.created(), null, List.of());
        // The old container is still there: the half-made one goes (its borrowed anonymous volumes stay).
        assertEquals("""
                Removing Container 0123456789ab_demo-db-1 (unfinished recreate)
                """, Planner.up(p, observed(List.of(current, half)), options()).render());
        // The old one is gone: the new one is recreated under the right name.
        String plan = Planner.up(p, observed(List.of(half)), options()).render();
        assertTrue(plan.contains("Recreating Container demo-db-1 (unfinished recreate)"), plan);
        assertTrue(plan.contains("Starting Container demo-db-1 (unfinished recreate)"), plan);
    }

    private static Op.CreateContainer creates(Plan plan, String service) {
        return plan.ops().stream().filter(o -> o instanceof Op.CreateContainer c && c.service().equals(service))
                .map(o -> (Op.CreateContainer) o).findFirst().orElseThrow(() -> new AssertionError(plan.render()));
    }

    private static java.util.Map<String, String> volumeSources(Op.CreateContainer create) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        create.spec().mounts().stream().filter(m -> m.type() == dev.jcompose.engine.MountType.VOLUME)
                .forEach(m -> out.put(m.target(), m.source()));
        return out;
    }

    private static ContainerSummary withLabel(ContainerSummary c, String key, String value) {
        Map<String, String> labels = new java.util.LinkedHashMap<>(c.labels());
        labels.put(key, value);
        return new ContainerSummary(c.id(), c.name(), c.image(), c.imageId(), labels, c.state(), c.status(),
                c.health(), c.created(), c.exitCode(), c.ports());
    }

    @Test
    void scalingDownRemovesTheHighestNumbersFirst() {
        Project p = load(dir, "services:\n  web:\n    image: nginx\n");
        Plan plan = Planner.up(p, observed(List.of(running(p, "web", 1), running(p, "web", 2), running(p, "web", 3))),
                options().withScale(Map.of("web", 1)));
        assertEquals("""
                Stopping Container demo-web-3 (scale 3 → 1)
                Removing Container demo-web-3 (scale 3 → 1) after container:demo-web-3:stop
                Stopping Container demo-web-2 (scale 3 → 1)
                Removing Container demo-web-2 (scale 3 → 1) after container:demo-web-2:stop
                """, plan.render());
    }

    @Test
    void scalingUpAddsTheNextNumbers() {
        Project p = load(dir, "services:\n  web:\n    image: nginx\n    scale: 3\n");
        Plan plan = Planner.up(p, observed(List.of(running(p, "web", 1))), options());
        assertEquals("""
                Creating Container demo-web-2 (scale 1 → 3)
                Starting Container demo-web-2 (scale 1 → 3) after container:demo-web-2:create
                Creating Container demo-web-3 (scale 1 → 3)
                Starting Container demo-web-3 (scale 1 → 3) after container:demo-web-3:create
                """, plan.render());
    }

    @Test
    void orphansAreRemovedOnlyWhenAsked() {
        Project p = load(dir, "services:\n  web:\n    image: nginx\n");
        ObservedProject o = observed(List.of(running(p, "web", 1), container(p, "old", 1, "running", "x")));
        assertTrue(Planner.up(p, o, options()).isEmpty());
        assertEquals("""
                Stopping Container demo-old-1 (orphan)
                Removing Container demo-old-1 (orphan) after container:demo-old-1:stop
                """, Planner.up(p, o, options().withRemoveOrphans(true)).render());
    }

    @Test
    void everyDependsOnConditionGatesTheDependentsCreation() {
        Project p = load(dir, """
                services:
                  app:
                    image: app
                    depends_on:
                      migrate: {condition: service_completed_successfully}
                      cache: {condition: service_started, required: false}
                  migrate:
                    image: app
                  cache:
                    image: redis
                """);
        Plan plan = Planner.up(p, observed(List.of()), PlanOptions.defaults()
                .withImageIds(Map.of("app", "sha256:a", "redis", "sha256:r")));
        assertEquals("""
                Creating Container demo-migrate-1 (new service)
                Starting Container demo-migrate-1 (new service) after container:demo-migrate-1:create
                Creating Container demo-cache-1 (new service)
                Starting Container demo-cache-1 (new service) after container:demo-cache-1:create
                Waiting Container demo-migrate-1 (depends_on: service_completed_successfully) after container:demo-migrate-1:start
                Waiting Container demo-cache-1 (depends_on: service_started) after container:demo-cache-1:start
                Creating Container demo-app-1 (new service) after container:demo-migrate-1:await-completed, container:demo-cache-1:await-started
                Starting Container demo-app-1 (new service) after container:demo-app-1:create
                """, plan.render());
        Op cacheWait = plan.ops().stream().filter(o -> o.id().equals("container:demo-cache-1:await-started"))
                .findFirst().orElseThrow();
        assertEquals(false, ((Op.AwaitCondition) cacheWait).required());
    }

    @Test
    void selectedServicesBringTheirDependenciesUnlessNoDeps() {
        Project q = load(dir, """
                services:
                  web:
                    image: nginx
                    depends_on: [db]
                  db:
                    image: postgres
                  other:
                    image: nginx
                """);
        ObservedProject none = observed(List.of());
        String withDeps = Planner.up(q, none, options().withServices(Set.of("web"))).render();
        assertTrue(withDeps.contains("demo-db-1") && withDeps.contains("demo-web-1"), withDeps);
        assertTrue(!withDeps.contains("demo-other-1"), withDeps);
        assertEquals("""
                Creating Container demo-web-1 (new service)
                Starting Container demo-web-1 (new service) after container:demo-web-1:create
                """, Planner.up(q, none, options().withServices(Set.of("web")).withNoDeps(true)).render());
    }

    @Test
    void externalNetworksAreNeverCreatedAndExistingOnesAreKept() {
        Project p = load(dir, """
                services:
                  web:
                    image: nginx
                    networks: [front, shared]
                networks:
                  front: {}
                  shared: {external: true}
                """);
        Plan plan = Planner.up(p, ObservedProject.from("demo", List.of(),
                List.of(network("demo_front", "demo")), List.of()), options());
        assertEquals("""
                Creating Container demo-web-1 (new service)
                Starting Container demo-web-1 (new service) after container:demo-web-1:create
                """, plan.render());
    }

    @Test
    void buildsAMissingImageAndRebuildsOnlyWhenAsked() {
        Project p = load(dir, "services:\n  app:\n    build: .\n");
        String fresh = Planner.up(p, ObservedProject.empty("demo"), PlanOptions.defaults()).render();
        assertTrue(fresh.contains("Building Service app (image missing)"), fresh);
        PlanOptions present = PlanOptions.defaults().withImageIds(Map.of("demo-app", "sha256:img"));
        assertTrue(!Planner.up(p, ObservedProject.empty("demo"), present).render().contains("Building"));
        assertTrue(Planner.up(p, ObservedProject.empty("demo"), present.withBuild(PlanOptions.Build.ALWAYS)).render()
                .contains("Building Service app (--build)"));
        assertTrue(!Planner.up(p, ObservedProject.empty("demo"), PlanOptions.defaults()
                .withBuild(PlanOptions.Build.NEVER)).render().contains("Building"));
    }

    @Test
    void pullBuildBuildsAPresentImageThatPolicyWouldKeep() {
        Project p = load(dir, "services:\n  app:\n    build: .\n    image: app:1\n");
        PlanOptions present = PlanOptions.defaults().withImageIds(Map.of("app:1", "sha256:img"));
        String plan = Planner.up(p, ObservedProject.empty("demo"), present.withPull(PlanOptions.Pull.BUILD)).render();
        assertTrue(plan.contains("Building Service app (--pull build)"), plan);
        assertTrue(!plan.contains("Pulling"), plan);
    }

    @Test
    void alwaysRecreateDepsRecreatesTheUnchangedDependenciesOfTheNamedServicesOnly() {
        Project p = load(dir, WEB_DB);
        ObservedProject up = observed(List.of(running(p, "db", 1), running(p, "web", 1)));
        String plan = Planner.up(p, up, options().withServices(Set.of("web")).withRecreateDeps(true)).render();
        assertTrue(plan.contains("Recreating Container demo-db-1 (forced recreate of a dependency)"), plan);
        assertTrue(!plan.contains("Recreating Container demo-web-1"), plan);
        assertTrue(Planner.up(p, up, options().withRecreateDeps(true)).isEmpty(),
                "with no service named every service is asked for: none is a dependency");
    }

    @Test
    void forceRecreateIsForTheNamedServicesNotTheirUnchangedDependencies() {
        Project p = load(dir, WEB_DB);
        ObservedProject up = observed(List.of(running(p, "db", 1), running(p, "web", 1)));
        PlanOptions force = options().withRecreate(PlanOptions.Recreate.FORCE);
        String named = Planner.up(p, up, force.withServices(Set.of("web"))).render();
        assertTrue(named.contains("Recreating Container demo-web-1 (forced recreate)"), named);
        assertTrue(!named.contains("Recreating Container demo-db-1"), named);
        String all = Planner.up(p, up, force).render();
        assertTrue(all.contains("Recreating Container demo-db-1") && all.contains("Recreating Container demo-web-1"), all);
        String both = Planner.up(p, up, force.withServices(Set.of("web")).withRecreateDeps(true)).render();
        assertTrue(both.contains("Recreating Container demo-db-1") && both.contains("Recreating Container demo-web-1"),
                both);
    }

    @Test
    void createDoesNotStartOrWait() {
        Project p = load(dir, WEB_DB);
        String plan = Planner.create(p, observed(List.of()), options()).render();
        assertTrue(!plan.contains("Starting") && !plan.contains("Waiting"), plan);
        assertTrue(plan.contains("Creating Container demo-web-1"), plan);
    }

    @Test
    void planIsDeterministic() {
        Project p = load(dir, WEB_DB);
        assertEquals(Planner.up(p, ObservedProject.empty("demo"), options()).render(),
                Planner.up(p, ObservedProject.empty("demo"), options()).render());
    }
}
