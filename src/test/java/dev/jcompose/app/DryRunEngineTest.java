package dev.jcompose.app;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ConflictException;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.engine.VolumeSpec;
import dev.jcompose.progress.ProgressEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dry-run decorator over the in-memory engine: writes answered and told, never made; reads agree with them. */
class DryRunEngineTest {

    private static final String IMAGE = "busybox";
    private static final Map<String, String> PROJECT = Map.of("com.docker.compose.project", "demo");

    private final AtomicInteger programRuns = new AtomicInteger();
    private final List<ProgressEvent> told = new CopyOnWriteArrayList<>();
    private InMemoryEngine real;
    private DryRunEngine dry;

    @BeforeEach
    void engines() {
        real = new InMemoryEngine(cmd -> {
            if (!cmd.equals(List.of("touch", "/marker"))) return null;
            programRuns.incrementAndGet();
            return new InMemoryEngine.Program(0, "touched\n", "");
        });
        real.addImage(IMAGE, Map.of());
        dry = new DryRunEngine(real, told::add);
    }

    private static ContainerSpec spec(String name) {
        return ContainerSpec.builder(name, IMAGE).cmd("sleep", "300").labels(PROJECT).build();
    }

    /** A running container the real engine has. */
    private String realRunning(String name) {
        String id = real.createContainer(spec(name));
        real.startContainer(id);
        return id;
    }

    private List<String> toldLines() {
        return told.stream().map(e -> e.resource() + "  " + e.text() + (e.detail() == null ? "" : " " + e.detail()))
                .toList();
    }

    private static List<String> states(List<ContainerSummary> containers) {
        return containers.stream().map(c -> c.name() + " " + c.state()).toList();
    }

    @Test
    void aMadeUpContainerIsNotMadeButEveryReadOfItAgrees() {
        String id = dry.createContainer(spec("demo-web-1"));
        dry.startContainer(id);

        assertEquals(List.of(), real.listContainers(PROJECT));
        assertEquals(List.of("demo-web-1 running"), states(dry.listContainers(PROJECT)));
        assertEquals(List.of(), dry.listContainers(Map.of("com.docker.compose.project", "other")));
        assertEquals("running", dry.inspectContainer("demo-web-1").state().status());
        assertEquals(id, dry.inspectContainer(id).id());
        assertThrows(NotFoundException.class, () -> real.inspectContainer(id));
        assertEquals(List.of("Container demo-web-1  Created", "Container demo-web-1  Started"), toldLines());

        dry.stopContainer(id, Duration.ofSeconds(1));
        assertEquals("exited", dry.inspectContainer(id).state().status());
        dry.removeContainer(id, false, true);
        assertEquals(List.of(), dry.listContainers(PROJECT));
        assertThrows(NotFoundException.class, () -> dry.inspectContainer(id));
    }

    @Test
    void aMadeUpContainerWithAHealthcheckIsHealthyOnceStartedAndItsWaitEndsWithZero() {
        String id = dry.createContainer(ContainerSpec.builder("demo-db-1", IMAGE).labels(PROJECT)
                .healthcheck(new HealthcheckSpec(List.of("CMD", "true"), null, null, null, null, null)).build());
        assertEquals(null, dry.inspectContainer(id).state().health());
        dry.startContainer(id);
        assertEquals("healthy", dry.inspectContainer(id).state().health());
        assertEquals(0, dry.waitContainer(id));
        assertEquals("exited", dry.inspectContainer(id).state().status());
    }

    @Test
    void writesOnRealContainersAreToldButNotMadeAndLaterReadsSeeThem() {
        String web = realRunning("demo-web-1");
        String db = realRunning("demo-db-1");

        dry.stopContainer("demo-web-1", Duration.ofSeconds(1));
        dry.killContainer(db, "SIGKILL");
        dry.removeContainer(web, false, false);

        assertEquals("running", real.inspectContainer(web).state().status());
        assertEquals("running", real.inspectContainer(db).state().status());
        assertEquals(List.of("demo-db-1 exited"), states(dry.listContainers(PROJECT)));
        assertEquals(137, dry.inspectContainer(db).state().exitCode());
        assertEquals(137, dry.waitContainer(db), "a container the dry run killed has ended, without asking the engine");
        assertThrows(NotFoundException.class, () -> dry.inspectContainer("demo-web-1"));
        assertEquals(List.of("Container demo-web-1  Stopped", "Container demo-db-1  Killed",
                "Container demo-web-1  Removed"), toldLines());
    }

    @Test
    void removingARunningContainerWithoutForceIsRefusedAsTheEngineWould() {
        realRunning("demo-web-1");
        assertThrows(ConflictException.class, () -> dry.removeContainer("demo-web-1", false, false));
        assertEquals(List.of(), told);
    }

    @Test
    void pauseAndUnpauseAreRemembered() {
        String web = realRunning("demo-web-1");
        dry.pauseContainer(web);
        assertEquals("paused", dry.inspectContainer(web).state().status());
        assertEquals("running", real.inspectContainer(web).state().status());
        dry.unpauseContainer(web);
        assertEquals("running", dry.inspectContainer(web).state().status());
        assertThrows(ConflictException.class, () -> dry.unpauseContainer(web));
    }

    @Test
    void anExecIsToldAndAnsweredWithZeroWithoutRunning() {
        realRunning("demo-web-1");
        String exec = dry.execCreate("demo-web-1", ExecSpec.of("touch", "/marker"));
        List<String> output = new CopyOnWriteArrayList<>();
        int code = dry.execStart(exec, new ByteArrayInputStream(new byte[0]), (s, b) -> output.add(new String(b)));

        assertEquals(0, code);
        assertEquals(List.of(), output);
        assertEquals(0, programRuns.get(), "the command did not run");
        assertEquals(List.of("Container demo-web-1  Executed touch /marker"), toldLines());
        dry.execStartDetached(dry.execCreate("demo-web-1", ExecSpec.of("touch", "/marker")));
        assertEquals(0, programRuns.get());
    }

    @Test
    void aTerminalSessionStartsAndEndsAtOnceWithItsKeysClosed() {
        realRunning("demo-web-1");
        AtomicInteger started = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        InputStream keys = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        String exec = dry.execCreate("demo-web-1", ExecSpec.of("touch", "/marker"));
        assertEquals(0, dry.execStartTty(exec, keys, (s, b) -> { }, started::incrementAndGet));
        assertEquals(1, started.get());
        assertEquals(1, closed.get());
        assertEquals(0, programRuns.get());
    }

    @Test
    void anExecInAStoppedContainerIsRefusedAsTheEngineWould() {
        String web = realRunning("demo-web-1");
        dry.stopContainer(web, Duration.ZERO);
        assertThrows(ConflictException.class, () -> dry.execCreate(web, ExecSpec.of("true")));
    }

    @Test
    void aCopyIntoAContainerReadsTheArchiveToItsEndAndLeavesTheContainerAlone() throws Exception {
        realRunning("demo-web-1");
        InputStream tar = new ByteArrayInputStream(new byte[4096]);
        dry.copyToContainer("demo-web-1", "/", tar, false);
        assertEquals(0, tar.available(), "read to its end, so that whoever writes it is not left waiting");
        assertTrue(real.statPath("demo-web-1", "/").isPresent());
        assertEquals(List.of("Container demo-web-1  Copied into /"), toldLines());
    }

    @Test
    void anAttachedStartRunsToItsEndAtOnceAndAnAutoRemovedOneIsGone() {
        String id = dry.createContainer(ContainerSpec.builder("demo-web-run-1", IMAGE).labels(PROJECT)
                .autoRemove(true).build());
        assertEquals(0, dry.startAttached(id, null, (s, b) -> { }));
        assertEquals(List.of(), dry.listContainers(PROJECT));
    }

    @Test
    void networksVolumesAndImagesAreMadeUpAndRemovedOnlyInTheDryRunsView() {
        String network = dry.createNetwork(new NetworkSpec("demo_default", null, null, false, false, false, PROJECT,
                null, List.of()));
        dry.createVolume(new VolumeSpec("demo_data", null, null, PROJECT));
        String image = dry.buildImage(new ByteArrayInputStream(new byte[512]),
                new BuildSpec(List.of("demo-web"), null, null, null, PROJECT, false, false, null, null, null, null,
                        null), e -> { });

        assertEquals(List.of(), real.listNetworks(PROJECT));
        assertEquals(List.of(), real.listVolumes(PROJECT));
        assertTrue(real.findImage("demo-web").isEmpty());
        assertEquals(network, dry.findNetwork("demo_default").orElseThrow().id());
        assertEquals(1, dry.listNetworks(PROJECT).size());
        assertTrue(dry.findVolume("demo_data").isPresent());
        assertEquals(image, dry.findImage("demo-web:latest").orElseThrow().id());
        assertEquals(image, dry.inspectImage("demo-web").orElseThrow().id());

        dry.removeNetwork("demo_default");
        dry.removeVolume("demo_data", false);
        assertTrue(dry.findNetwork(network).isEmpty());
        assertEquals(List.of(), dry.listVolumes(PROJECT));
        assertThrows(NotFoundException.class, () -> dry.removeVolume("demo_data", false));
    }

    @Test
    void removingARealNetworkOrImageHidesItFromTheDryRunOnly() {
        real.createNetwork(new NetworkSpec("demo_default", null, null, false, false, false, PROJECT, null,
                List.of()));
        dry.removeNetwork("demo_default");
        dry.removeImage(IMAGE, false);

        assertTrue(real.findNetwork("demo_default").isPresent());
        assertTrue(real.findImage(IMAGE).isPresent());
        assertTrue(dry.findNetwork("demo_default").isEmpty());
        assertEquals(List.of(), dry.listNetworks(PROJECT));
        assertFalse(dry.imageExists(IMAGE));
        assertEquals(List.of("Network demo_default  Removed", "Image busybox  Removed"), toldLines());
    }

    @Test
    void aDryRunStackMarksEveryLineAsDockerComposeDoesAndTellsAStateOnce() {
        List<ProgressEvent> shown = new CopyOnWriteArrayList<>();
        StackContext stack = new StackContext(real, shown::add, 0).dryRun();
        assertTrue(stack.dryRunning());
        String id = stack.engine().createContainer(spec("demo-web-1"));
        stack.progress().onEvent(ProgressEvent.done("Container demo-web-1", "Created", Duration.ZERO));
        stack.engine().startContainer(id);

        assertEquals(List.of("DRY-RUN MODE - Container demo-web-1 Created",
                "DRY-RUN MODE - Container demo-web-1 Started"),
                shown.stream().map(e -> e.resource() + " " + e.text()).toList());
        assertEquals(List.of(), real.listContainers(PROJECT));
    }
}
