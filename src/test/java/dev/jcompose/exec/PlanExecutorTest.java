package dev.jcompose.exec;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.ProgressEvent;
import dev.jcompose.engine.VolumeSpec;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.progress.CollectingListener;
import dev.jcompose.progress.ProgressEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanExecutorTest {
    private static final String IMAGE = "demo/app:1";
    private static final String TWELVE_LINES = IntStream.rangeClosed(1, 12).mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n", "", "\n"));

    private final InMemoryEngine memory = new InMemoryEngine(cmd -> switch (String.join(" ", cmd)) {
        case "migrate ok" -> new InMemoryEngine.Program(0, "migrated\n", "");
        case "migrate fail" -> new InMemoryEngine.Program(3, TWELVE_LINES, "");
        default -> null; // runs until stopped
    });
    private final ScriptedEngine engine = new ScriptedEngine(memory);
    private final CollectingListener progress = new CollectingListener();

    // independent work runs in parallel, bounded

    @Test
    void independentOpsRunAtTheSameTime() {
        CyclicBarrier bothInside = new CyclicBarrier(2);
        engine.before("createVolume", "a", () -> await(bothInside));
        engine.before("createVolume", "b", () -> await(bothInside));
        Plan plan = Plan.builder().add(volume("a")).add(volume("b")).build();

        ExecutionResult result = executor(2).execute(plan);

        // each call only returns once the other one is inside the engine too
        assertTrue(result.succeeded(), result.toString());
        assertTrue(memory.findVolume("a").isPresent() && memory.findVolume("b").isPresent());
    }

    @Test
    void neverRunsMoreOpsAtOnceThanTheParallelism() {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CyclicBarrier pairs = new CyclicBarrier(2);
        Plan.Builder plan = Plan.builder();
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            engine.before("createVolume", name, () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                await(pairs);
                inside.decrementAndGet();
            });
            plan.add(volume(name));
        }

        ExecutionResult result = executor(2).execute(plan.build());

        assertTrue(result.succeeded(), result.toString());
        assertEquals(2, most.get());
    }

    @Test
    void anOpStartsAsSoonAsItsOwnDependenciesAreDoneNotLevelByLevel() throws Exception {
        CountDownLatch releaseSlow = new CountDownLatch(1);
        CountDownLatch webCreated = new CountDownLatch(1);
        engine.before("createVolume", "slow", () -> await(releaseSlow));
        engine.after("createContainer", "demo-web-1", webCreated::countDown);
        Op slow = volume("slow");
        Op net = network("demo_default");
        Op web = create("demo-web-1", List.of("serve"), null);
        Op afterSlow = create("demo-late-1", List.of("serve"), null);
        Plan plan = Plan.builder().add(slow).add(net).add(web, net).add(afterSlow, slow, net).build();

        CompletableFuture<ExecutionResult> running = CompletableFuture.supplyAsync(() -> executor(4).execute(plan));

        assertTrue(webCreated.await(10, TimeUnit.SECONDS), "web waited for the unrelated slow branch");
        assertFalse(engine.calls().contains("createContainer demo-late-1"), "an op ran before its dependency");
        releaseSlow.countDown();
        assertTrue(running.get(10, TimeUnit.SECONDS).succeeded());
        assertTrue(engine.calls().contains("createContainer demo-late-1"));
    }

    // failures

    @Test
    void aFailedOpSkipsWhatWaitsForItAndIndependentBranchesGoOn() {
        memory.createNetwork(NetworkSpec.bridge("demo_default", Map.of()));
        Op net = network("demo_default");
        Op web = create("demo-web-1", List.of("serve"), null);
        Op startWeb = start("demo-web-1");
        Op data = volume("demo_data");
        Plan plan = Plan.builder().add(net).add(web, net).add(startWeb, web).add(data).build();

        ExecutionResult result = executor(1).execute(plan);

        assertFalse(result.succeeded());
        assertEquals(1, result.failures().size());
        OpFailure failure = result.failures().get(0);
        assertEquals(net, failure.op());
        assertEquals("create network demo_default: network with name demo_default already exists", failure.message());
        assertEquals(List.of(web, startWeb), result.skipped());
        assertFalse(engine.calls().contains("createContainer demo-web-1"));
        assertTrue(memory.findVolume("demo_data").isPresent());
        assertEquals(List.of("Creating", "Error"), progress.textsFor("Network demo_default"));
        assertEquals(failure.message(), progress.eventsFor("Network demo_default").get(1).detail());
    }

    @Test
    void anOpWaitingForAFailedAndASucceededOpIsSkipped() {
        memory.createVolume(new VolumeSpec("taken", null, null, null));
        engine.before("createVolume", "broken", () -> {
            throw new dev.jcompose.engine.EngineException("create volume", "broken", "disk full");
        });
        Op ok = volume("fine");
        Op broken = volume("broken");
        Op both = create("demo-app-1", List.of("serve"), null);
        Plan plan = Plan.builder().add(ok).add(broken).add(both, ok, broken).build();

        ExecutionResult result = executor(0).execute(plan);

        assertEquals(List.of(both), result.skipped());
        assertEquals("create volume broken: disk full", result.failures().get(0).message());
        assertFalse(engine.calls().contains("createContainer demo-app-1"));
    }

    @Test
    void anOptionalConditionThatFailsIsAWarningAndDependentsGoOn() {
        Op migrate = create("demo-migrate-1", List.of("migrate", "fail"), null);
        Op startMigrate = start("demo-migrate-1");
        Op done = awaitOp("demo-migrate-1", Op.Condition.COMPLETED_SUCCESSFULLY, false);
        Op web = create("demo-web-1", List.of("serve"), null);
        Op startWeb = start("demo-web-1");
        Plan plan = Plan.builder().add(migrate).add(startMigrate, migrate).add(done, startMigrate).add(web)
                .add(startWeb, web, done).build();

        ExecutionResult result = executor(2).execute(plan);

        assertTrue(result.succeeded(), result.toString());
        assertEquals(List.of(), result.failures());
        assertTrue(memory.inspectContainer("demo-web-1").state().running());
        dev.jcompose.progress.ProgressEvent last = last(progress.eventsFor("Container demo-migrate-1"));
        assertEquals(Kind.WARNING, last.kind());
        assertEquals("container demo-migrate-1 exited with code 3", last.detail());
    }

    // conditions

    @Test
    void aHealthWaitCompletesOnTheHealthEvent() {
        Op db = create("demo-db-1", List.of("serve"), healthcheck());
        Op startDb = start("demo-db-1");
        Op healthy = awaitOp("demo-db-1", Op.Condition.HEALTHY, true);
        Op web = start("demo-web-1");
        Op createWeb = create("demo-web-1", List.of("serve"), null);
        // the container is still "starting" when inspected: only the event can end the wait
        engine.after("inspectContainer", "demo-db-1", () -> {
            assertEquals("starting", memory.inspectContainer("demo-db-1").state().health());
            memory.reportHealth("demo-db-1", "healthy");
        });
        Plan plan = Plan.builder().add(db).add(startDb, db).add(healthy, startDb).add(createWeb)
                .add(web, createWeb, healthy).build();

        ExecutionResult result = executor(4).execute(plan);

        assertTrue(result.succeeded(), result.toString());
        assertEquals(List.of("Creating", "Created", "Starting", "Started", "Waiting", "Healthy"),
                progress.textsFor("Container demo-db-1"));
        List<String> calls = engine.calls();
        assertTrue(calls.indexOf("inspectContainer demo-db-1") < calls.indexOf("startContainer demo-web-1"));
    }

    @Test
    void anUnhealthyContainerFailsItsWaitAndSkipsItsDependents() {
        Op db = create("demo-db-1", List.of("serve"), healthcheck());
        Op startDb = start("demo-db-1");
        Op healthy = awaitOp("demo-db-1", Op.Condition.HEALTHY, true);
        Op web = create("demo-web-1", List.of("serve"), null);
        engine.after("inspectContainer", "demo-db-1", () -> memory.reportHealth("demo-db-1", "unhealthy"));
        Plan plan = Plan.builder().add(db).add(startDb, db).add(healthy, startDb).add(web, healthy).build();

        ExecutionResult result = executor(4).execute(plan);

        assertEquals("container demo-db-1 is unhealthy", result.failures().get(0).message());
        assertEquals(List.of(web), result.skipped());
    }

    @Test
    void aHealthWaitOnAContainerWithoutHealthcheckFails() {
        Op db = create("demo-db-1", List.of("serve"), null);
        Op startDb = start("demo-db-1");
        Op healthy = awaitOp("demo-db-1", Op.Condition.HEALTHY, true);
        Plan plan = Plan.builder().add(db).add(startDb, db).add(healthy, startDb).build();

        ExecutionResult result = executor(1).execute(plan);

        assertEquals("container demo-db-1 has no healthcheck configured", result.failures().get(0).message());
    }

    @Test
    void completedSuccessfullyWaitsForExitCodeZero() {
        Op migrate = create("demo-migrate-1", List.of("migrate", "ok"), null);
        Op run = start("demo-migrate-1");
        Op done = awaitOp("demo-migrate-1", Op.Condition.COMPLETED_SUCCESSFULLY, true);
        Op web = create("demo-web-1", List.of("serve"), null);
        Plan plan = Plan.builder().add(migrate).add(run, migrate).add(done, run).add(web, done).build();

        ExecutionResult result = executor(2).execute(plan);

        assertTrue(result.succeeded(), result.toString());
        assertEquals("Exited", last(progress.eventsFor("Container demo-migrate-1")).text());
        assertTrue(engine.calls().contains("createContainer demo-web-1"));
    }

    @Test
    void aNonZeroExitFailsWithTheContainersLastTenLogLines() {
        Op migrate = create("demo-migrate-1", List.of("migrate", "fail"), null);
        Op run = start("demo-migrate-1");
        Op done = awaitOp("demo-migrate-1", Op.Condition.COMPLETED_SUCCESSFULLY, true);
        Op web = create("demo-web-1", List.of("serve"), null);
        Plan plan = Plan.builder().add(migrate).add(run, migrate).add(done, run).add(web, done).build();

        ExecutionResult result = executor(2).execute(plan);

        OpFailure failure = result.failures().get(0);
        assertEquals("container demo-migrate-1 exited with code 3", failure.message());
        assertEquals(IntStream.rangeClosed(3, 12).mapToObj(i -> "line " + i).toList(), failure.lastLogLines());
        assertEquals(List.of(web), result.skipped());
    }

    @Test
    void startedAcceptsAContainerThatAlreadyRanToItsEnd() {
        Op migrate = create("demo-migrate-1", List.of("migrate", "ok"), null);
        Op run = start("demo-migrate-1");
        Op started = awaitOp("demo-migrate-1", Op.Condition.STARTED, true);
        Plan plan = Plan.builder().add(migrate).add(run, migrate).add(started, run).build();

        assertTrue(executor(1).execute(plan).succeeded());
    }

    // cancel

    @Test
    void cancelInterruptsAWaitAndSkipsWhatIsLeft() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        engine.after("inspectContainer", "demo-db-1", waiting::countDown);
        Op db = create("demo-db-1", List.of("serve"), healthcheck());
        Op startDb = start("demo-db-1");
        Op healthy = awaitOp("demo-db-1", Op.Condition.HEALTHY, true);
        Op web = create("demo-web-1", List.of("serve"), null);
        Plan plan = Plan.builder().add(db).add(startDb, db).add(healthy, startDb).add(web, healthy).build();
        PlanExecutor executor = executor(2);

        CompletableFuture<ExecutionResult> running = CompletableFuture.supplyAsync(() -> executor.execute(plan));
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        executor.cancel();
        ExecutionResult result = running.get(10, TimeUnit.SECONDS);

        assertFalse(result.succeeded());
        assertEquals(List.of(web), result.skipped());
        assertEquals("Waiting Container demo-db-1: cancelled", result.failures().get(0).message());
    }

    @Test
    void cancelLetsARunningEngineCallFinishButStartsNothingNew() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        engine.before("createNetwork", "demo_default", () -> {
            inside.countDown();
            await(release);
        });
        Op net = network("demo_default");
        Op web = create("demo-web-1", List.of("serve"), null);
        Plan plan = Plan.builder().add(net).add(web, net).build();
        PlanExecutor executor = executor(2);

        CompletableFuture<ExecutionResult> running = CompletableFuture.supplyAsync(() -> executor.execute(plan));
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        executor.cancel();
        release.countDown();
        ExecutionResult result = running.get(10, TimeUnit.SECONDS);

        assertTrue(memory.findNetwork("demo_default").isPresent());
        assertEquals(List.of("Creating", "Created"), progress.textsFor("Network demo_default"));
        assertEquals(List.of(web), result.skipped());
        assertFalse(result.succeeded());
    }

    @Test
    void cancelAlsoDropsOpsQueuedForAFreeWorker() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        engine.before("createVolume", "first", () -> {
            inside.countDown();
            await(release);
        });
        Op first = volume("first");
        Op queued = volume("queued");
        Plan plan = Plan.builder().add(first).add(queued).build();
        PlanExecutor executor = executor(1);

        CompletableFuture<ExecutionResult> running = CompletableFuture.supplyAsync(() -> executor.execute(plan));
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        executor.cancel();
        release.countDown();
        ExecutionResult result = running.get(10, TimeUnit.SECONDS);

        assertEquals(List.of(queued), result.skipped());
        assertFalse(engine.calls().contains("createVolume queued"));
    }

    @Test
    void aCancelledExecutorRunsNothing() {
        PlanExecutor executor = executor(2);
        executor.cancel();
        Op net = network("demo_default");
        ExecutionResult result = executor.execute(Plan.builder().add(net).build());

        assertEquals(List.of(net), result.skipped());
        assertEquals(List.of(), engine.calls());
    }

    @Test
    void theOverallTimeoutCancelsAWaitThatNeverEnds() {
        Op db = create("demo-db-1", List.of("serve"), healthcheck());
        Op startDb = start("demo-db-1");
        Op healthy = awaitOp("demo-db-1", Op.Condition.HEALTHY, true);
        Plan plan = Plan.builder().add(db).add(startDb, db).add(healthy, startDb).build();

        ExecutionResult result = new PlanExecutor(engine, progress, 2, Duration.ofMillis(200)).execute(plan);

        assertEquals("Waiting Container demo-db-1: timed out after 200ms", result.failures().get(0).message());
    }

    // progress and the other ops

    @Test
    void eachOpReportsItsActionThenItsPastTenseWithElapsedTime() {
        Op net = network("demo_default");
        Op web = create("demo-web-1", List.of("serve"), null);
        Op startWeb = start("demo-web-1");
        Plan plan = Plan.builder().add(net).add(web, net).add(startWeb, web).build();

        assertTrue(executor(4).execute(plan).succeeded());

        assertEquals(List.of("Creating", "Created"), progress.textsFor("Network demo_default"));
        assertEquals(List.of("Creating", "Created", "Starting", "Started"), progress.textsFor("Container demo-web-1"));
        List<Kind> kinds = progress.eventsFor("Container demo-web-1").stream()
                .map(dev.jcompose.progress.ProgressEvent::kind).toList();
        assertEquals(List.of(Kind.WORKING, Kind.DONE, Kind.WORKING, Kind.DONE), kinds);
        assertTrue(progress.events().stream().noneMatch(e -> e.elapsed().isNegative()));
        assertEquals(Duration.ZERO, progress.eventsFor("Network demo_default").get(0).elapsed());
    }

    @Test
    void aContainerThatStoppedBeforeItsKillHasNothingLeftToSignal() {
        memory.createContainer(ContainerSpec.builder("demo-web-1", IMAGE).build());
        Op kill = new Op.KillContainer("web", "demo-web-1", "SIGKILL", "kill");

        assertTrue(executor(1).execute(Plan.builder().add(kill).build()).succeeded());

        assertEquals("Exited", last(progress.eventsFor("Container demo-web-1")).text());
    }

    @Test
    void aTeardownStopsRemovesAndTakesTheNetworkAway() {
        memory.createNetwork(NetworkSpec.bridge("demo_default", Map.of()));
        memory.createContainer(ContainerSpec.builder("demo-web-1", IMAGE).network("demo_default", null).build());
        memory.startContainer("demo-web-1");
        Op stop = new Op.StopContainer("web", "demo-web-1", Duration.ofSeconds(10), "down");
        Op remove = new Op.RemoveContainer("web", "demo-web-1", true, "down");
        Op removeNet = new Op.RemoveNetwork("demo_default", "down");
        Op goneVolume = new Op.RemoveVolume("demo_gone", "down");
        Plan plan = Plan.builder().add(stop).add(remove, stop).add(removeNet, remove).add(goneVolume).build();

        assertTrue(executor(2).execute(plan).succeeded());

        assertTrue(memory.listContainers(Map.of()).isEmpty());
        assertTrue(memory.findNetwork("demo_default").isEmpty());
        assertEquals(List.of("Stopping", "Stopped", "Removing", "Removed"), progress.textsFor("Container demo-web-1"));
    }

    @Test
    void removingANetworkStillInUseFailsWithTheEnginesReason() {
        memory.createNetwork(NetworkSpec.bridge("demo_default", Map.of()));
        memory.createContainer(ContainerSpec.builder("other", IMAGE).network("demo_default", null).build());

        ExecutionResult result = executor(1).execute(Plan.builder()
                .add(new Op.RemoveNetwork("demo_default", "down")).build());

        String message = result.failures().get(0).message();
        assertTrue(message.startsWith("remove network demo_default: "), message);
        assertTrue(message.endsWith("has active endpoints"), message);
    }

    @Test
    void renamesAContainer() {
        memory.createContainer(ContainerSpec.builder("abc123def456_demo-web-1", IMAGE).build());

        ExecutionResult result = executor(1).execute(Plan.builder()
                .add(new Op.RenameContainer("web", "abc123def456_demo-web-1", "demo-web-1", "replaced")).build());

        assertTrue(result.succeeded());
        assertEquals("demo-web-1", memory.inspectContainer("demo-web-1").name());
        assertEquals(List.of("Renaming", "Renamed"), progress.textsFor("Container demo-web-1"));
    }

    @Test
    void aPullReportsEachLayerOnItsOwnLine() {
        engine.pullDelivers(List.of(
                new ProgressEvent("1.36", "Pulling from library/busybox", null),
                new ProgressEvent("a1b2c3d4e5f6", "Downloading", "12345678/40000000 bytes"),
                new ProgressEvent("a1b2c3d4e5f6", "Pull complete", null),
                new ProgressEvent(null, "Status: Downloaded newer image for busybox:1.36", null)));
        Op pull = new Op.PullImage("web", "busybox:1.36", "image missing");

        assertTrue(executor(1).execute(Plan.builder().add(pull).build()).succeeded());

        List<dev.jcompose.progress.ProgressEvent> layer = progress.eventsFor("a1b2c3d4e5f6");
        assertEquals("Downloading", layer.get(0).text());
        assertEquals("12.3MB/40MB", layer.get(0).detail(), "the sizes alone: the renderers print the text before");
        assertEquals("Pull complete", layer.get(1).text());
        List<String> imageLines = progress.eventsFor("web Image busybox:1.36").stream()
                .map(e -> e.text() + (e.detail() == null ? "" : ": " + e.detail())).toList();
        assertEquals(List.of("Pulling", "Pulling: Pulling from library/busybox",
                "Pulling: Status: Downloaded newer image for busybox:1.36", "Pulled"), imageLines);
        assertTrue(memory.imageExists("busybox:1.36"));
    }

    @Test
    void aFailedPullSaysWhatWhichImageAndWhy() {
        Op pull = new Op.PullImage("web", "busybox:1.36", "image missing");

        ExecutionResult result = executor(1).execute(Plan.builder().add(pull).build());

        assertEquals("pull image busybox:1.36: the in-memory engine has no registry", result.failures().get(0).message());
    }

    @Test
    void aBuildSendsTheContextWithoutIgnoredFilesAndReportsTheBuildOutput(@TempDir Path context) throws IOException {
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
        Files.writeString(context.resolve(".dockerignore"), "*.secret\n");
        Files.writeString(context.resolve("app.txt"), "app");
        Files.writeString(context.resolve("db.secret"), "pw");
        Op build = new Op.BuildImage("web", "demo-web", context, BuildSpec.tagged("demo-web"), "image missing");

        ExecutionResult result = executor(1).execute(Plan.builder().add(build).build());

        assertTrue(result.succeeded(), result.toString());
        assertEquals(Set.of("Dockerfile", ".dockerignore", "app.txt"),
                TarEntries.read(engine.lastBuildContext()).keySet());
        List<String> texts = progress.eventsFor("Service web").stream()
                .map(e -> e.text() + (e.detail() == null ? "" : ": " + e.detail())).toList();
        assertEquals("Building", texts.get(0));
        assertTrue(texts.get(1).startsWith("Building: Successfully built sha256:"), texts.toString());
        assertEquals("Built", last(texts));
        assertTrue(memory.imageExists("demo-web"));
    }

    // helpers

    private PlanExecutor executor(int parallelism) {
        return new PlanExecutor(engine, progress, parallelism);
    }

    private static Op volume(String name) {
        return new Op.CreateVolume(name, new VolumeSpec(name, null, null, null), "new volume");
    }

    private static Op network(String name) {
        return new Op.CreateNetwork(name, NetworkSpec.bridge(name, Map.of()), "new network");
    }

    private static Op create(String name, List<String> cmd, HealthcheckSpec healthcheck) {
        String service = name.split("-")[1];
        return new Op.CreateContainer(service, 1, ContainerSpec.builder(name, IMAGE).cmd(cmd)
                .healthcheck(healthcheck).build(), "new service");
    }

    private static Op start(String name) {
        return new Op.StartContainer(name.split("-")[1], name, "new service");
    }

    private static Op awaitOp(String name, Op.Condition condition, boolean required) {
        return new Op.AwaitCondition(name.split("-")[1], name, condition, required, "depends_on");
    }

    private static HealthcheckSpec healthcheck() {
        return new HealthcheckSpec(List.of("CMD", "true"), Duration.ofSeconds(1), null, null, null);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other op never arrived", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
