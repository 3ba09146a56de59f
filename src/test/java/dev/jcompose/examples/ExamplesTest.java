package dev.jcompose.examples;

import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Mount;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.Planner;
import dev.jcompose.state.ObservedProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shipped example loads without a warning and plans against an empty engine, with the dependency
 * conditions, profiles and overrides its README promises.
 */
class ExamplesTest {

    static final Path EXAMPLES = Path.of("examples");

    record Loaded(Project project, Plan plan) {
        Op op(String id) {
            return plan.ops().stream().filter(o -> o.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no op " + id + " in\n" + plan.render()));
        }

        /** {@code later} runs only after {@code first} (directly or through other ops). */
        boolean after(String later, String first) {
            for (String dep : plan.waitsFor(op(later))) {
                if (dep.equals(first) || after(dep, first)) return true;
            }
            return false;
        }

        String container(String service) {
            return project.name() + "-" + service + "-1";
        }
    }

    static Loaded load(String example, List<String> files, List<String> profiles) {
        Path dir = EXAMPLES.resolve(example);
        LoadRequest request = LoadRequest.in(dir, Map.of()).withFiles(files).withProfiles(profiles);
        LoadResult result = new ProjectLoader().load(request);
        assertEquals(List.of(), result.warnings(), example + " loads without warnings");
        Project project = result.project();
        Plan plan = Planner.up(project, ObservedProject.empty(project.name()), PlanOptions.defaults());
        return new Loaded(project, plan);
    }

    static Loaded load(String example) {
        return load(example, List.of(), List.of());
    }

    @Test
    void everyExampleHasAReadmeAndIsCoveredHere() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            // standins holds the images build-standins.sh builds for the examples, not an example
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("standins")).sorted().toList();
            assertEquals(List.of("dev-prod", "dockerrun-multi", "local-build", "migration-job", "web-db-cache",
                    "zero-downtime"), names);
            for (String name : names) {
                String readme = Files.readString(EXAMPLES.resolve(name).resolve("README.md"));
                assertTrue(readme.contains("jcompose "), name + "'s README shows commands to try");
            }
        }
    }

    @Test
    void webDbCacheStartsTheWebAppOnlyOnceDatabaseAndCacheAreHealthy() {
        Loaded l = load("web-db-cache");
        assertEquals(List.of("web", "db", "cache"), List.copyOf(l.project().services().keySet()));
        Service web = l.project().services().get("web");
        assertEquals(DependsOn.Condition.SERVICE_HEALTHY, web.dependsOn().get("db").condition());
        assertEquals(DependsOn.Condition.SERVICE_HEALTHY, web.dependsOn().get("cache").condition());
        for (String s : List.of("web", "db", "cache")) {
            assertNotNull(l.project().services().get(s).healthcheck(), s + " has a healthcheck");
        }
        assertEquals("python:3.12-alpine", web.image());
        String createWeb = "container:" + l.container("web") + ":create";
        assertTrue(l.after(createWeb, "container:" + l.container("db") + ":await-healthy"), l.plan().render());
        assertTrue(l.after(createWeb, "container:" + l.container("cache") + ":await-healthy"), l.plan().render());
        assertTrue(l.plan().ops().contains(new Op.PullImage("db", "postgres:16-alpine", "image missing")));
        assertTrue(Files.isRegularFile(EXAMPLES.resolve("web-db-cache/app/app.py")), "the mounted app ships");
    }

    @Test
    void theImagesComeFromVariablesWithTheOfficialOnesAsDefaults() {
        Path dir = EXAMPLES.resolve("web-db-cache");
        Project p = new ProjectLoader().load(LoadRequest.in(dir, Map.of("POSTGRES_IMAGE", "local/pg:1",
                "WEB_PORT", "18000"))).project();
        assertEquals("local/pg:1", p.services().get("db").image());
        assertEquals("18000", p.services().get("web").ports().get(0).published());
        assertEquals("127.0.0.1", p.services().get("web").ports().get(0).hostIp());
    }

    /** The stand-in images examples/build-standins.sh builds, read from the script itself. */
    private static Set<String> standInImages() throws IOException {
        String script = Files.readString(EXAMPLES.resolve("build-standins.sh"));
        String roles = script.lines().filter(l -> l.startsWith("all=(")).findFirst().orElseThrow();
        return Stream.of(roles.substring(5, roles.indexOf(')')).split(" "))
                .map(role -> "jcompose-standin/" + role + ":latest").collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void withTheirStandInFilesTheExamplesRunOnlyStandInsBuildStandinsBuildsOnLoopback() throws IOException {
        Set<String> standIns = standInImages();
        Map<String, LoadRequest> requests = Map.of(
                "web-db-cache", LoadRequest.in(EXAMPLES.resolve("web-db-cache"), Map.of()).withEnvFiles(List.of("standins.env")),
                "dev-prod", LoadRequest.in(EXAMPLES.resolve("dev-prod"), Map.of()).withEnvFiles(List.of(".env", "standins.env"))
                        .withProfiles(List.of("*")),
                "migration-job", LoadRequest.in(EXAMPLES.resolve("migration-job"), Map.of()).withEnvFiles(List.of("standins.env")),
                "zero-downtime", LoadRequest.in(EXAMPLES.resolve("zero-downtime"), Map.of()).withEnvFiles(List.of("standins.env")),
                "dockerrun-multi", LoadRequest.in(EXAMPLES.resolve("dockerrun-multi"), Map.of())
                        .withFiles(List.of("Dockerrun.aws.json", "standins.yaml")));
        requests.forEach((example, request) -> {
            LoadResult result = new ProjectLoader().load(request);
            assertEquals(List.of(), result.warnings(), example);
            for (Service service : result.project().services().values()) {
                assertTrue(standIns.contains(service.image()), example + ": " + service.name() + " runs " + service.image());
                service.ports().forEach(port -> assertEquals("127.0.0.1", port.hostIp(), example + ": " + service.name()));
            }
        });
    }

    @Test
    void dockerrunMultiPlansMysqlBeforeNginx() {
        Loaded l = load("dockerrun-multi");
        assertEquals(List.of("mysql-app", "nginx-proxy"), List.copyOf(l.project().services().keySet()));
        assertTrue(l.after("container:" + l.container("nginx-proxy") + ":create",
                "container:" + l.container("mysql-app") + ":start"), l.plan().render());
    }

    @Test
    void devProdDevelopmentAddsTheOverrideAndTheEnvFile() {
        Loaded dev = load("dev-prod");
        assertEquals(Set.of("web", "cache"), dev.project().services().keySet(), "profiles keep the rest off");
        Service web = dev.project().services().get("web");
        assertEquals("nginx:1.27-alpine", web.image(), "from .env");
        assertEquals("8080", web.ports().get(0).published(), "from .env, through compose.override.yaml");
        assertEquals("127.0.0.1", web.ports().get(0).hostIp());
        assertEquals(null, web.restart());
        assertTrue(dev.project().configFiles().get(1).endsWith("compose.override.yaml"));
        assertTrue(dev.after("container:" + dev.container("web") + ":create",
                "container:" + dev.container("cache") + ":await-healthy"));
    }

    @Test
    void devProdProductionReplacesTheOverride() {
        Loaded prod = load("dev-prod", List.of("compose.yaml", "compose.prod.yaml"), List.of());
        Service web = prod.project().services().get("web");
        assertEquals("unless-stopped", web.restart());
        assertTrue(web.readOnly());
        assertEquals("80", web.ports().get(0).published());
        assertEquals(null, web.ports().get(0).hostIp(), "production publishes on every address");
        Service cache = prod.project().services().get("cache");
        assertTrue(cache.volumes().stream().map(Mount::source).anyMatch("cache-data"::equals));
        assertTrue(prod.plan().ops().stream().anyMatch(o -> o.id().equals("volume:dev-prod_cache-data:create")));
    }

    @Test
    void devProdProfilesAddTheDebugAndToolsServices() {
        assertEquals(Set.of("web", "cache", "cache-monitor"),
                load("dev-prod", List.of(), List.of("debug")).project().services().keySet());
        Loaded tools = load("dev-prod", List.of(), List.of("tools"));
        assertEquals(Set.of("web", "cache", "cache-backup"), tools.project().services().keySet());
        assertTrue(tools.after("container:" + tools.container("cache-backup") + ":create",
                "container:" + tools.container("cache") + ":await-healthy"));
    }

    @Test
    void migrationJobGatesTheAppOnTheMigrationsExitCode() {
        Loaded l = load("migration-job");
        Service app = l.project().services().get("app");
        assertEquals(DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY, app.dependsOn().get("migrate").condition());
        assertEquals("no", l.project().services().get("migrate").restart());
        assertTrue(l.after("container:" + l.container("migrate") + ":create",
                "container:" + l.container("db") + ":await-healthy"));
        assertTrue(l.after("container:" + l.container("app") + ":create",
                "container:" + l.container("migrate") + ":await-completed"), l.plan().render());
        assertTrue(Files.isRegularFile(EXAMPLES.resolve("migration-job/migrations/migrate.sh")));
    }

    @Test
    void zeroDowntimeAsksForStartFirstUpdatesOfTwoHealthcheckedReplicas() {
        Loaded l = load("zero-downtime");
        Service web = l.project().services().get("web");
        assertNotNull(web.healthcheck());
        assertEquals("start-first", web.deploy().updateConfig().order());
        assertEquals(Integer.valueOf(2), web.deploy().replicas());
        assertEquals("http", web.ports().get(0).appProtocol(), "the front proxies requests, not connections");
        // Behind its front, the service's replicas come up through a rollout: one op carrying every batch.
        Op.Rollout rollout = l.plan().ops().stream().filter(o -> o instanceof Op.Rollout r && r.service().equals("web"))
                .map(o -> (Op.Rollout) o).findFirst().orElseThrow(() -> new AssertionError(l.plan().render()));
        long creates = rollout.plan().batches().stream().flatMap(b -> b.forward().ops().stream())
                .filter(o -> o instanceof Op.CreateContainer).count();
        assertEquals(2, creates);
        assertTrue(rollout.plan().prepare().ops().stream().anyMatch(o -> o instanceof Op.CreateContainer c
                && c.name().endsWith("-web-front")), rollout.plan().render());
        assertTrue(Files.isExecutable(EXAMPLES.resolve("zero-downtime/load.sh")));
    }

    @Test
    void localBuildBuildsInsteadOfPulling() throws IOException {
        Loaded l = load("local-build");
        assertFalse(l.plan().ops().stream().anyMatch(o -> o instanceof Op.PullImage), l.plan().render());
        Op.BuildImage build = (Op.BuildImage) l.op("image:local-build-hello:build");
        assertEquals(EXAMPLES.resolve("local-build").toAbsolutePath().normalize(), build.context());
        assertTrue(Files.readString(EXAMPLES.resolve("local-build/Dockerfile")).contains("FROM scratch"));
        Service hello = l.project().services().get("hello");
        assertEquals(List.of("sync", "rebuild"),
                hello.develop().watch().stream().map(r -> r.action()).toList());
    }
}
