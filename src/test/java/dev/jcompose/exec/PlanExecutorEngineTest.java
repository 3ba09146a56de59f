package dev.jcompose.exec;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.docker.DockerEngine;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.progress.CollectingListener;
import dev.jcompose.progress.ProgressEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The executor against the real engine: a small stack up and down with a health gate, a failing one-off with its
 * logs, and a build that honours .dockerignore. Skipped without an engine; a failure when CI=true.
 */
class PlanExecutorEngineTest {
    private static final String IMAGE = "jcompose-test/busybox:latest";
    private static final String TEST_LABEL = "dev.jcompose.test";
    private static final List<String> SLEEP = List.of("sleep", "300");

    private static ContainerEngine engine;

    private String prefix;
    private String builtImage;
    private final CollectingListener progress = new CollectingListener();

    @BeforeAll
    static void connect() {
        try {
            engine = DockerEngine.connect();
            engine.info();
        } catch (EngineUnreachableException e) {
            unavailable("no container engine is reachable: " + e.getMessage());
        }
        if (!engine.imageExists(IMAGE)) {
            unavailable(IMAGE + " is missing: run scripts/build-test-images.sh");
        }
    }

    private static void unavailable(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true but " + why);
        }
        abort(why);
    }

    @AfterAll
    static void disconnect() {
        if (engine != null) {
            engine.close();
        }
    }

    @BeforeEach
    void name() {
        prefix = "jcx-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeEverythingThisTestCreated() {
        Map<String, String> mine = Map.of(TEST_LABEL, prefix);
        engine.listContainers(mine).forEach(c -> engine.removeContainer(c.id(), true, true));
        engine.listNetworks(mine).forEach(n -> engine.removeNetwork(n.id()));
        if (builtImage != null && engine.imageExists(builtImage)) {
            engine.removeImage(builtImage, true);
        }
    }

    @Test
    void upWithAHealthGateThenDown() {
        String net = prefix + "_default";
        String db = prefix + "-db-1";
        String web = prefix + "-web-1";
        Op createNet = new Op.CreateNetwork(net, NetworkSpec.bridge(net, Map.of(TEST_LABEL, prefix)), "new");
        Op createDb = new Op.CreateContainer("db", 1, container(db, SLEEP).network(net, null)
                .healthcheck(new HealthcheckSpec(List.of("CMD", "true"), Duration.ofSeconds(1), null, null, null))
                .build(), "new service");
        Op startDb = new Op.StartContainer("db", db, "new service");
        Op dbHealthy = new Op.AwaitCondition("db", db, Op.Condition.HEALTHY, true, "web depends on db");
        Op createWeb = new Op.CreateContainer("web", 1, container(web, SLEEP).network(net, null).build(), "new");
        Op startWeb = new Op.StartContainer("web", web, "new service");
        Plan up = Plan.builder().add(createNet).add(createDb, createNet).add(startDb, createDb)
                .add(dbHealthy, startDb).add(createWeb, createNet).add(startWeb, createWeb, dbHealthy).build();

        ExecutionResult upResult = new PlanExecutor(engine, progress, 4, Duration.ofMinutes(1)).execute(up);

        assertTrue(upResult.succeeded(), upResult.toString());
        assertEquals("healthy", engine.inspectContainer(db).state().health());
        assertTrue(engine.inspectContainer(web).state().running());
        List<ProgressEvent> events = progress.events();
        int healthy = indexOf(events, "Container " + db, "Healthy");
        int webStarting = indexOf(events, "Container " + web, "Starting");
        assertTrue(healthy >= 0 && healthy < webStarting, events.toString());

        Op stopWeb = new Op.StopContainer("web", web, Duration.ofSeconds(1), "down");
        Op stopDb = new Op.StopContainer("db", db, Duration.ofSeconds(1), "down");
        Op removeWeb = new Op.RemoveContainer("web", web, true, "down");
        Op removeDb = new Op.RemoveContainer("db", db, true, "down");
        Op removeNet = new Op.RemoveNetwork(net, "down");
        Plan down = Plan.builder().add(stopWeb).add(stopDb, stopWeb).add(removeWeb, stopWeb).add(removeDb, stopDb)
                .add(removeNet, removeWeb, removeDb).build();

        ExecutionResult downResult = new PlanExecutor(engine, progress, 4).execute(down);

        assertTrue(downResult.succeeded(), downResult.toString());
        assertTrue(engine.listContainers(Map.of(TEST_LABEL, prefix)).isEmpty());
        assertTrue(engine.findNetwork(net).isEmpty());
    }

    @Test
    void aOneOffThatExitsNonZeroFailsWithItsLastLogLines() {
        String migrate = prefix + "-migrate-1";
        Op create = new Op.CreateContainer("migrate", 1, container(migrate,
                List.of("sh", "-c", "for i in $(seq 1 15); do echo line $i; done; exit 3")).build(), "new");
        Op start = new Op.StartContainer("migrate", migrate, "new");
        Op done = new Op.AwaitCondition("migrate", migrate, Op.Condition.COMPLETED_SUCCESSFULLY, true, "depends_on");
        Plan plan = Plan.builder().add(create).add(start, create).add(done, start).build();

        ExecutionResult result = new PlanExecutor(engine, progress, 2).execute(plan);

        OpFailure failure = result.failures().get(0);
        assertEquals("container " + migrate + " exited with code 3", failure.message());
        assertEquals(List.of("line 6", "line 7", "line 8", "line 9", "line 10", "line 11", "line 12", "line 13",
                "line 14", "line 15"), failure.lastLogLines());
    }

    @Test
    void aBuildLeavesOutWhatDockerignoreExcludes(@TempDir Path context) throws IOException {
        Files.writeString(context.resolve("Dockerfile"), "FROM " + IMAGE + "\nCOPY . /ctx/\n");
        Files.writeString(context.resolve(".dockerignore"), "secret.txt\nlogs\n");
        Files.writeString(context.resolve("keep.txt"), "keep");
        Files.writeString(context.resolve("secret.txt"), "password");
        Files.createDirectories(context.resolve("logs"));
        Files.writeString(context.resolve("logs/today.log"), "log");
        builtImage = prefix + "-app:latest";
        BuildSpec spec = new BuildSpec(List.of(builtImage), null, Map.of(), null, Map.of(TEST_LABEL, prefix),
                false, false);
        Op build = new Op.BuildImage("app", builtImage, context, spec, "image missing");

        ExecutionResult result = new PlanExecutor(engine, progress, 1).execute(Plan.builder().add(build).build());

        assertTrue(result.succeeded(), result.toString());
        assertTrue(progress.eventsFor("Service app").stream().anyMatch(e -> e.detail() != null
                && e.detail().contains("COPY . /ctx/")), progress.events().toString());
        assertEquals(Set.of(".dockerignore", "Dockerfile", "keep.txt"), Set.copyOf(listing(builtImage, "/ctx")));
    }

    private List<String> listing(String image, String dir) {
        String id = engine.createContainer(ContainerSpec.builder(prefix + "-ls", image).cmd("ls", "-A", dir)
                .label(TEST_LABEL, prefix).build());
        engine.startContainer(id);
        assertEquals(0, engine.waitContainer(id));
        StringBuilder out = new StringBuilder();
        engine.logs(id, LogOptions.ALL, (stream, bytes) -> out.append(new String(bytes, StandardCharsets.UTF_8)));
        return out.toString().lines().filter(l -> !l.isBlank()).toList();
    }

    private ContainerSpec.Builder container(String name, List<String> cmd) {
        return ContainerSpec.builder(name, IMAGE).cmd(cmd).label(TEST_LABEL, prefix);
    }

    private static int indexOf(List<ProgressEvent> events, String resource, String text) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).resource().equals(resource) && events.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
