package dev.jcompose.engine;

import dev.jcompose.exec.ContainerFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ContainerEngine} must do, run against the in-memory fake and the real engine alike. Each test
 * names and labels what it creates with a unique prefix and removes it all afterwards.
 */
public abstract class ContainerEngineContract {
    public static final String IMAGE = "jcompose-test/busybox:latest";
    public static final String TEST_LABEL = "dev.jcompose.test";
    /** Commands the contract runs; the in-memory engine is told what each one does. */
    public static final List<String> RUN_FOREVER = List.of("sleep", "300");
    public static final List<String> EXIT_3 = List.of("sh", "-c", "exit 3");
    public static final List<String> OUT_AND_ERR = List.of("sh", "-c", "echo to-out; echo to-err >&2");

    protected ContainerEngine engine;
    protected String prefix;

    protected abstract ContainerEngine engine();

    @BeforeEach
    void setUpEngine() {
        engine = engine();
        prefix = "jct-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeEverythingThisTestCreated() {
        Map<String, String> mine = Map.of(TEST_LABEL, prefix);
        engine.listContainers(mine).forEach(c -> engine.removeContainer(c.id(), true, true));
        engine.listNetworks(mine).forEach(n -> engine.removeNetwork(n.id()));
        engine.listVolumes(mine).forEach(v -> engine.removeVolume(v.name(), true));
    }

    /** A bridge network of this test's, named {@code <prefix>-<suffix>}; removed after the test. */
    protected String network(String suffix) {
        String name = prefix + "-" + suffix;
        engine.createNetwork(NetworkSpec.bridge(name, Map.of(TEST_LABEL, prefix)));
        return name;
    }

    protected ContainerSpec.Builder container(String suffix, List<String> cmd) {
        return ContainerSpec.builder(prefix + "-" + suffix, IMAGE).cmd(cmd).label(TEST_LABEL, prefix);
    }

    @Test
    void createStartInspectStopRemoveRoundTrip() {
        String id = engine.createContainer(container("web", RUN_FOREVER)
                .label("com.example.role", "web").env("GREETING", "hello world").build());

        assertEquals("created", engine.inspectContainer(id).state().status());
        engine.startContainer(id);
        ContainerDetails running = engine.inspectContainer(prefix + "-web");
        assertEquals(id, running.id());
        assertEquals(prefix + "-web", running.name());
        assertTrue(running.state().running());
        assertEquals("web", running.labels().get("com.example.role"));
        assertTrue(running.env().contains("GREETING=hello world"), running.env().toString());
        assertEquals(RUN_FOREVER, running.cmd());

        engine.stopContainer(id, Duration.ofSeconds(1));
        ContainerDetails stopped = engine.inspectContainer(id);
        assertEquals("exited", stopped.state().status());
        assertFalse(stopped.state().running());

        engine.removeContainer(id, false, true);
        assertThrows(NotFoundException.class, () -> engine.inspectContainer(id));
    }

    @Test
    void listsContainersByLabelFilterIncludingStoppedOnes() {
        String a = engine.createContainer(container("a", RUN_FOREVER).label("tier", "front").build());
        String b = engine.createContainer(container("b", RUN_FOREVER).label("tier", "back").build());

        List<String> front = engine.listContainers(Map.of(TEST_LABEL, prefix, "tier", "front"))
                .stream().map(ContainerSummary::id).toList();
        assertEquals(List.of(a), front);

        Map<String, String> anyTier = new java.util.HashMap<>();
        anyTier.put(TEST_LABEL, prefix);
        anyTier.put("tier", null);
        List<ContainerSummary> all = engine.listContainers(anyTier);
        assertEquals(2, all.size());
        ContainerSummary summaryB = all.stream().filter(c -> c.id().equals(b)).findFirst().orElseThrow();
        assertEquals(prefix + "-b", summaryB.name());
        assertEquals("created", summaryB.state());
        assertEquals("back", summaryB.labels().get("tier"));
        assertEquals(String.join(" ", RUN_FOREVER.stream().map(w -> w.contains(" ") ? "'" + w + "'" : w).toList()),
                summaryB.command(), "the command line as the engine lists it");
    }

    @Test
    void aSecondContainerWithTheSameNameConflicts() {
        engine.createContainer(container("dup", RUN_FOREVER).build());
        ConflictException e = assertThrows(ConflictException.class,
                () -> engine.createContainer(container("dup", RUN_FOREVER).build()));
        assertEquals("create container", e.operation());
        assertTrue(e.engineMessage().contains("already in use"), e.engineMessage());
    }

    @Test
    void missingObjectsAreNotFound() {
        String ghost = prefix + "-ghost";
        NotFoundException e = assertThrows(NotFoundException.class, () -> engine.inspectContainer(ghost));
        assertEquals(ghost, e.object());
        assertThrows(NotFoundException.class, () -> engine.startContainer(ghost));
        assertThrows(NotFoundException.class, () -> engine.removeContainer(ghost, true, false));
        assertThrows(NotFoundException.class, () -> engine.removeNetwork(ghost));
        assertTrue(engine.findNetwork(ghost).isEmpty());
        assertTrue(engine.findVolume(ghost).isEmpty());
        assertTrue(engine.findImage(ghost + ":nope").isEmpty());
    }

    @Test
    void containersJoinNetworksWithAliases() {
        String front = network("front");
        String back = network("back");
        assertEquals(2, engine.listNetworks(Map.of(TEST_LABEL, prefix)).size());

        String id = engine.createContainer(container("api", RUN_FOREVER)
                .network(front, NetworkAttachmentSpec.withAliases("api", "api.internal"))
                .network(back, NetworkAttachmentSpec.withAliases("api-back"))
                .build());
        engine.startContainer(id);

        Map<String, NetworkAttachment> networks = engine.inspectContainer(id).networks();
        assertEquals(java.util.Set.of(front, back), networks.keySet());
        assertTrue(networks.get(front).aliases().containsAll(List.of("api", "api.internal")),
                networks.get(front).aliases().toString());
        assertTrue(networks.get(back).aliases().contains("api-back"), networks.get(back).aliases().toString());

        assertThrows(ConflictException.class, () -> engine.removeNetwork(front));
        engine.disconnectNetwork(back, id, false);
        assertEquals(java.util.Set.of(front), engine.inspectContainer(id).networks().keySet());
    }

    @Test
    void volumesAreCreatedListedAndRemoved() {
        String name = prefix + "-data";
        VolumeInfo created = engine.createVolume(new VolumeSpec(name, null, Map.of(), Map.of(TEST_LABEL, prefix, "k", "v")));
        assertEquals(name, created.name());
        assertEquals("local", created.driver());

        assertEquals(List.of(name), engine.listVolumes(Map.of(TEST_LABEL, prefix)).stream().map(VolumeInfo::name).toList());
        assertEquals("v", engine.findVolume(name).orElseThrow().labels().get("k"));

        engine.removeVolume(name, false);
        assertTrue(engine.findVolume(name).isEmpty());
    }

    @Test
    void waitReturnsTheExitCode() {
        String id = engine.createContainer(container("exit3", EXIT_3).build());
        engine.startContainer(id);
        assertEquals(3, engine.waitContainer(id));
        ContainerDetails after = engine.inspectContainer(id);
        assertEquals(3, after.state().exitCode());
        assertEquals(Integer.valueOf(3), engine.listContainers(Map.of(TEST_LABEL, prefix)).get(0).exitCode());
    }

    @Test
    void logsKeepStdoutAndStderrApart() {
        String id = engine.createContainer(container("talk", OUT_AND_ERR).build());
        engine.startContainer(id);
        engine.waitContainer(id);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        engine.logs(id, LogOptions.ALL, (stream, bytes) ->
                (stream == LogStream.STDOUT ? out : err).writeBytes(bytes)).close();

        assertEquals("to-out\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("to-err\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eventsReportAStartOfALabelledContainer() throws InterruptedException {
        List<EngineEvent> seen = new CopyOnWriteArrayList<>();
        String id;
        Subscription subscription = engine.events(Map.of(TEST_LABEL, prefix), seen::add);
        try {
            id = engine.createContainer(container("evt", RUN_FOREVER).build());
            engine.startContainer(id);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.stream().noneMatch(e -> e.action().equals("start")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            subscription.close();
        }
        EngineEvent start = seen.stream().filter(e -> e.action().equals("start")).findFirst()
                .orElseThrow(() -> new AssertionError("no start event in " + seen));
        assertEquals("container", start.type());
        assertEquals(id, start.id());
        assertEquals(prefix, start.attributes().get(TEST_LABEL));
    }

    // --- anonymous volumes ---

    @Test
    void anAnonymousVolumeGetsAnEngineNameThatListingReportsAndRemovalWithVolumesDeletes() {
        String keep = engine.createContainer(container("anon-keep", RUN_FOREVER)
                .mount(MountSpec.volume(null, "/data", false)).build());
        String drop = engine.createContainer(container("anon-drop", RUN_FOREVER)
                .mount(MountSpec.volume(null, "/data", false)).build());
        String kept = anonymousVolumeOf(keep);
        String dropped = anonymousVolumeOf(drop);
        assertTrue(kept.matches("[0-9a-f]{64}"), kept);
        assertEquals(kept, engine.inspectContainer(keep).mounts().stream()
                .filter(m -> m.destination().equals("/data")).findFirst().orElseThrow().name());
        try {
            engine.removeContainer(keep, true, false);
            assertTrue(engine.findVolume(kept).isPresent(), "kept without removeAnonymousVolumes");
            engine.removeContainer(drop, true, true);
            assertFalse(engine.findVolume(dropped).isPresent(), "removed with the container");
        } finally {
            engine.findVolume(kept).ifPresent(v -> engine.removeVolume(v.name(), true));
        }
    }

    private String anonymousVolumeOf(String id) {
        return engine.listContainers(Map.of(TEST_LABEL, prefix)).stream().filter(c -> c.id().equals(id))
                .flatMap(c -> c.mounts().stream()).filter(m -> m.destination().equals("/data"))
                .filter(m -> m.type() == MountType.VOLUME).findFirst().orElseThrow().name();
    }

    // --- exec-run ---

    /** Counts stdin's lines: it only ends when stdin ends. */
    public static final List<String> COUNT_STDIN_LINES = List.of("wc", "-l");

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void execDeliversStdinAndItsEndAndKeepsTheStreamsApart() {
        String id = engine.createContainer(container("stdin", RUN_FOREVER).build());
        engine.startContainer(id);

        String count = engine.execCreate(id, new ExecSpec(COUNT_STDIN_LINES, Map.of(), null, null, false, true, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = engine.execStart(count, new java.io.ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)),
                (stream, bytes) -> out.writeBytes(bytes));
        assertEquals(0, code);
        assertEquals("2\n", out.toString(StandardCharsets.UTF_8));

        String talk = engine.execCreate(id, ExecSpec.of(OUT_AND_ERR.toArray(String[]::new)));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        assertEquals(0, engine.execStart(talk, null, (stream, bytes) ->
                (stream == LogStream.STDOUT ? stdout : stderr).writeBytes(bytes)));
        assertEquals("to-out\n", stdout.toString(StandardCharsets.UTF_8));
        assertEquals("to-err\n", stderr.toString(StandardCharsets.UTF_8));

        String exit3 = engine.execCreate(id, ExecSpec.of(EXIT_3.toArray(String[]::new)));
        assertEquals(3, engine.execStart(exit3, null, (stream, bytes) -> { }));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void startAttachedFeedsStdinToItsEndAndReturnsTheExitCode() {
        String counter = engine.createContainer(container("count", COUNT_STDIN_LINES)
                .stdinOpen(true).stdinOnce(true).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = engine.startAttached(counter, new java.io.ByteArrayInputStream("1\n2\n3\n".getBytes(StandardCharsets.UTF_8)),
                (stream, bytes) -> out.writeBytes(bytes));
        assertEquals(0, code);
        assertEquals("3\n", out.toString(StandardCharsets.UTF_8));

        String talker = engine.createContainer(container("talk", OUT_AND_ERR).build());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        assertEquals(0, engine.startAttached(talker, null, (stream, bytes) ->
                (stream == LogStream.STDOUT ? stdout : stderr).writeBytes(bytes)));
        assertEquals("to-out\n", stdout.toString(StandardCharsets.UTF_8));
        assertEquals("to-err\n", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAutoRemovedContainerStillReportsItsExitCodeAndIsGone() throws InterruptedException {
        String id = engine.createContainer(container("gone", EXIT_3).autoRemove(true).build());
        assertEquals(3, engine.startAttached(id, null, (stream, bytes) -> { }));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean gone = false;
        while (!gone && System.nanoTime() < deadline) {
            try {
                engine.inspectContainer(id);
                Thread.sleep(50);
            } catch (NotFoundException e) {
                gone = true;
            }
        }
        assertTrue(gone, "the engine removed the container after it exited");
    }

    @Test
    void aDetachedExecReturnsAtOnce() {
        String id = engine.createContainer(container("bg", RUN_FOREVER).build());
        engine.startContainer(id);
        String exec = engine.execCreate(id, ExecSpec.of(RUN_FOREVER.toArray(String[]::new)));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> engine.execStartDetached(exec));
        assertThrows(EngineException.class, () -> engine.execStartDetached(exec), "an exec starts once");
    }

    @Test
    void pauseAndUnpause() {
        String id = engine.createContainer(container("pause", RUN_FOREVER).build());
        assertThrows(ConflictException.class, () -> engine.pauseContainer(id), "a created container cannot pause");
        engine.startContainer(id);
        engine.pauseContainer(id);
        assertEquals("paused", engine.inspectContainer(id).state().status());
        assertEquals("paused", engine.listContainers(Map.of(TEST_LABEL, prefix)).get(0).state());
        engine.unpauseContainer(id);
        assertEquals("running", engine.inspectContainer(id).state().status());
        // the engine answers 500 rather than 409 here
        assertThrows(EngineException.class, () -> engine.unpauseContainer(id), "it is not paused any more");
    }

    @Test
    void listsTheProcessesOfARunningContainer() {
        String id = engine.createContainer(container("top", RUN_FOREVER).build());
        assertThrows(ConflictException.class, () -> engine.listProcesses(id));
        engine.startContainer(id);
        ProcessList processes = engine.listProcesses(id);
        assertTrue(processes.titles().contains("PID"), processes.titles().toString());
        int cmd = processes.titles().indexOf("CMD");
        assertTrue(cmd >= 0, processes.titles().toString());
        assertTrue(processes.processes().stream().anyMatch(p -> p.get(cmd).equals("sleep 300")),
                processes.processes().toString());
        assertTrue(processes.column("CMD").contains("sleep 300"), processes.toString());
        assertEquals(processes.processes().size(), processes.column("PID").size());
        engine.stopContainer(id, Duration.ofSeconds(1));
        assertThrows(ConflictException.class, () -> engine.listProcesses(id), "a stopped container runs nothing");
    }

    @Test
    void copiesAnArchiveInAndOutAndStatsPaths() throws java.io.IOException {
        String id = engine.createContainer(container("cp", RUN_FOREVER).build());
        engine.startContainer(id);
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        dev.jcompose.exec.TarWriter writer = new dev.jcompose.exec.TarWriter(tar);
        java.time.Instant when = java.time.Instant.parse("2024-01-02T03:04:05Z");
        writer.write(new dev.jcompose.exec.TarEntry("data", dev.jcompose.exec.TarEntry.Type.DIRECTORY,
                0755, 0, when, "", 0, 0), null);
        byte[] hello = "hello\n".getBytes(StandardCharsets.UTF_8);
        writer.write(new dev.jcompose.exec.TarEntry("data/hello.txt", dev.jcompose.exec.TarEntry.Type.FILE,
                0640, hello.length, when, "", 0, 0), new java.io.ByteArrayInputStream(hello));
        writer.finish();
        engine.copyToContainer(id, "/", new java.io.ByteArrayInputStream(tar.toByteArray()), false);

        PathStat dir = engine.statPath(id, "/data").orElseThrow();
        assertTrue(dir.isDirectory());
        assertEquals("data", dir.name());
        PathStat file = engine.statPath(id, "/data/hello.txt").orElseThrow();
        assertFalse(file.isDirectory());
        assertEquals(6, file.size());
        assertEquals(0640, file.permissions());
        assertTrue(engine.statPath(id, "/data/missing").isEmpty());
        assertThrows(NotFoundException.class, () -> engine.statPath(prefix + "-ghost", "/"));
        assertThrows(NotFoundException.class, () -> engine.copyToContainer(id, "/no/such/dir",
                new java.io.ByteArrayInputStream(tar.toByteArray()), false));

        Map<String, String> entries = new java.util.TreeMap<>();
        try (java.io.InputStream out = engine.copyFromContainer(id, "/data")) {
            dev.jcompose.exec.TarReader reader = new dev.jcompose.exec.TarReader(out);
            for (var e = reader.next(); e.isPresent(); e = reader.next()) {
                entries.put(e.get().name() + ":" + e.get().type(),
                        new String(reader.content().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(Map.of("data:DIRECTORY", "", "data/hello.txt:FILE", "hello\n"), entries);
        assertThrows(NotFoundException.class, () -> engine.copyFromContainer(id, "/data/missing").close());
    }

    // --- shell ---

    /** Waits for a line of keys, then prints its terminal's size and exits 4. */
    public static final List<String> TTY_SIZE = List.of("sh", "-c", "read go; stty size; exit 4");

    @Test
    void anExecWithATerminalTakesKeysFollowsItsWindowSizeAndPassesItsExitCode() throws Exception {
        String id = engine.createContainer(container("tty", RUN_FOREVER).build());
        engine.startContainer(id);
        String exec = engine.execCreate(id, new ExecSpec(TTY_SIZE, Map.of(), null, null, true, true, false));
        java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
        java.io.PipedInputStream keys = new java.io.PipedInputStream(typing);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        List<LogStream> streams = new CopyOnWriteArrayList<>();
        try (typing) {
            int code = engine.execStartTty(exec, keys, (stream, bytes) -> {
                streams.add(stream);
                synchronized (screen) {
                    screen.writeBytes(bytes);
                }
            }, () -> {
                engine.resizeExec(exec, 33, 101);
                try {
                    typing.write("go\n".getBytes(StandardCharsets.UTF_8));
                    typing.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(4, code);
        }
        String shown;
        synchronized (screen) {
            shown = screen.toString(StandardCharsets.UTF_8);
        }
        assertTrue(shown.contains("33 101\r\n"), shown);
        assertThrows(java.io.IOException.class, keys::read, "keys are closed when the command ends");
        assertEquals(List.of(LogStream.STDOUT), streams.stream().distinct().toList());
        assertThrows(NotFoundException.class, () -> engine.resizeExec("0".repeat(64), 10, 10));
    }

    @Test
    void aContainerWithATerminalTakesKeysFollowsItsWindowSizeAndPassesItsExitCode() throws Exception {
        String id = engine.createContainer(container("ttyrun", TTY_SIZE).tty(true).stdinOpen(true).build());
        java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
        java.io.PipedInputStream keys = new java.io.PipedInputStream(typing);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (typing) {
            int code = engine.startAttachedTty(id, keys, (stream, bytes) -> {
                synchronized (screen) {
                    screen.writeBytes(bytes);
                }
            }, () -> {
                engine.resizeContainer(id, 27, 95);
                try {
                    typing.write("go\n".getBytes(StandardCharsets.UTF_8));
                    typing.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(4, code);
        }
        String shown;
        synchronized (screen) {
            shown = screen.toString(StandardCharsets.UTF_8);
        }
        assertTrue(shown.contains("27 95\r\n"), shown);
        assertThrows(java.io.IOException.class, keys::read, "keys are closed when the container stops");
        assertFalse(engine.inspectContainer(id).state().running());
    }

    // --- build-pull ---

    @Test
    void inspectImageDescribesABuiltImageAndNothingForAMissingOne() {
        String tag = "jcompose-test/" + prefix + ":details";
        engine.buildImage(new java.io.ByteArrayInputStream(singleFileTar("Dockerfile", "FROM " + IMAGE + "\n")),
                new BuildSpec(List.of(tag), null, Map.of(), null, Map.of(TEST_LABEL, prefix), false, false), e -> { });
        try {
            ImageDetails d = engine.inspectImage(tag).orElseThrow();
            assertEquals(engine.findImage(tag).orElseThrow().id(), d.id());
            assertTrue(d.repoTags().contains(tag), d.repoTags().toString());
            assertEquals("linux", d.os());
            assertFalse(d.architecture().isEmpty());
            assertTrue(d.platform().startsWith("linux/"), d.platform());
            assertTrue(d.created() != null && d.lastTagTime() != null, d.toString());
            assertEquals(prefix, d.labels().get(TEST_LABEL));
        } finally {
            engine.removeImage(tag, true);
        }
        assertTrue(engine.inspectImage(tag).isEmpty());
    }

    @Test
    void pushingAnImageThatIsNotThereSaysSo() {
        EngineException e = assertThrows(EngineException.class,
                () -> engine.pushImage("127.0.0.1:1/" + prefix + ":none", event -> { }));
        // the engine's words: "An image does not exist locally with the tag: …", or with containerd's image store
        // "tag does not exist: …"
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains(prefix + ":none"),
                e.getMessage());
    }

    @Test
    void statsSampleARunningContainer() {
        String id = engine.createContainer(container("stats", RUN_FOREVER).build());
        engine.startContainer(id);
        ContainerStats s = engine.stats(id);
        assertEquals(prefix + "-stats", s.name());
        assertTrue(s.memoryLimit() > 0, s.toString());
        assertTrue(s.pids() >= 1, s.toString());
        assertTrue(s.onlineCpus() >= 1, s.toString());
        assertThrows(NotFoundException.class, () -> engine.stats(prefix + "-ghost"));
    }

    // --- attach ---

    @Test
    void attachingToAContainerThatIsNotRunningIsAConflict() {
        String id = engine.createContainer(container("attach-created", RUN_FOREVER).build());
        assertThrows(ConflictException.class, () -> engine.attachContainer(id, null, (stream, bytes) -> { }, null,
                () -> { }));
        assertThrows(NotFoundException.class, () -> engine.attachContainer(prefix + "-ghost", null,
                (stream, bytes) -> { }, null, () -> { }));
    }

    @Test
    void anAttachmentEndsWhenTheContainerStopsOrWhenStdinEnds() throws Exception {
        String id = engine.createContainer(container("attach", RUN_FOREVER).networkMode("none").stdinOpen(true)
                .build());
        engine.startContainer(id);
        // stdin ends: detached, the container runs on
        java.util.concurrent.CountDownLatch attached = new java.util.concurrent.CountDownLatch(1);
        engine.attachContainer(id, new java.io.ByteArrayInputStream(new byte[0]), (stream, bytes) -> { }, null,
                attached::countDown);
        assertEquals(0, attached.getCount());
        assertTrue(engine.inspectContainer(id).state().running());

        // the container stops: the attachment ends, though stdin has not
        java.io.PipedInputStream neverEnds = new java.io.PipedInputStream(new java.io.PipedOutputStream());
        java.util.concurrent.CompletableFuture<Void> attachment = java.util.concurrent.CompletableFuture.runAsync(
                () -> engine.attachContainer(id, neverEnds, (stream, bytes) -> { }, null, () -> { }));
        Thread.sleep(300);
        assertFalse(attachment.isDone());
        engine.stopContainer(id, Duration.ofSeconds(1));
        attachment.get(20, TimeUnit.SECONDS);
    }

    // --- commit, export ---

    /** The files of a tar stream (not its directories) and their text, by name. */
    private static Map<String, String> filesOf(java.io.InputStream tar) throws java.io.IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        dev.jcompose.exec.TarReader reader = new dev.jcompose.exec.TarReader(tar);
        for (var e = reader.next(); e.isPresent(); e = reader.next()) {
            if (e.get().type() == dev.jcompose.exec.TarEntry.Type.FILE) {
                files.put(e.get().name(), new String(reader.content().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void exportsAContainersWholeFilesystem() throws java.io.IOException {
        String id = engine.createContainer(container("export", RUN_FOREVER).build());
        engine.copyToContainer(id, "/", new java.io.ByteArrayInputStream(singleFileTar("note.txt", "exported\n")),
                false);
        try (java.io.InputStream tar = engine.exportContainer(id)) {
            assertEquals("exported\n", filesOf(tar).get("note.txt"));
        }
        assertThrows(NotFoundException.class, () -> engine.exportContainer(prefix + "-ghost").close());
    }

    @Test
    void commitMakesAnImageWithTheContainersFiles() throws java.io.IOException {
        // a commit needs no network
        String id = engine.createContainer(container("commit", RUN_FOREVER).networkMode("none").build());
        engine.startContainer(id);
        engine.copyToContainer(id, "/", new java.io.ByteArrayInputStream(singleFileTar("note.txt", "committed\n")),
                false);
        String tag = "jcompose-test/" + prefix + ":committed";
        String image = engine.commitContainer(id, new CommitSpec(tag, "A. Author", "a message",
                List.of("ENV COMMITTED=yes"), true));
        try {
            assertEquals(engine.findImage(tag).orElseThrow().id(), image);
            assertTrue(engine.inspectContainer(id).state().running(), "the pause ends with the commit");
            String copy = engine.createContainer(ContainerSpec.builder(prefix + "-copy", tag).cmd(RUN_FOREVER)
                    .label(TEST_LABEL, prefix).build());
            try (java.io.InputStream tar = engine.exportContainer(copy)) {
                assertEquals("committed\n", filesOf(tar).get("note.txt"));
            }
            engine.removeContainer(copy, true, true);
        } finally {
            engine.removeImage(tag, true);
        }
        assertThrows(NotFoundException.class, () -> engine.commitContainer(prefix + "-ghost",
                new CommitSpec(null, null, null, List.of(), false)));
    }

    /** A ustar archive holding one regular file: the smallest build context. */
    protected static byte[] singleFileTar(String name, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] header = new byte[512];
        System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, header, 0, name.length());
        putOctal(header, 100, 7, 0644);
        putOctal(header, 108, 7, 0);
        putOctal(header, 116, 7, 0);
        putOctal(header, 124, 11, content.length);
        putOctal(header, 136, 11, 0);
        header[156] = '0';
        System.arraycopy("ustar\00000".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 8);
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : header) sum += b & 0xff;
        putOctal(header, 148, 6, sum);
        header[154] = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(content);
        out.writeBytes(new byte[(512 - content.length % 512) % 512]);
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void putOctal(byte[] header, int offset, int digits, long value) {
        String text = String.format("%0" + digits + "o", value);
        System.arraycopy(text.getBytes(StandardCharsets.US_ASCII), 0, header, offset, digits);
    }

    // --- rollout ---

    /** How a front's configuration goes in and comes back: one file, through the archive calls. */
    @Test
    void aFileCopiedIntoACreatedContainerGetsItsDirectoriesAndReadsBackBeforeAndAfterStart() {
        String id = engine.createContainer(container("files", RUN_FOREVER).build());
        byte[] text = ("events {}\n# " + prefix + "\n").getBytes(StandardCharsets.UTF_8);
        ContainerFiles.write(engine, id, "/etc/jcompose/front.conf", text, 0640);
        assertEquals(new String(text, StandardCharsets.UTF_8),
                new String(ContainerFiles.read(engine, id, "/etc/jcompose/front.conf").orElseThrow(), StandardCharsets.UTF_8));
        assertTrue(engine.statPath(id, "/etc/jcompose").orElseThrow().isDirectory(), "the missing directory is made");
        assertEquals(0640, engine.statPath(id, "/etc/jcompose/front.conf").orElseThrow().permissions());

        engine.startContainer(id);
        byte[] replaced = "replaced\n".getBytes(StandardCharsets.UTF_8);
        ContainerFiles.write(engine, id, "/etc/jcompose/front.conf", replaced, 0644);
        assertEquals("replaced\n",
                new String(ContainerFiles.read(engine, id, "/etc/jcompose/front.conf").orElseThrow(), StandardCharsets.UTF_8));
        engine.stopContainer(id, Duration.ofSeconds(1));
        assertEquals("replaced\n", new String(ContainerFiles.read(engine, id, "/etc/jcompose/front.conf").orElseThrow(),
                StandardCharsets.UTF_8), "a stopped container's files are readable");
        assertTrue(ContainerFiles.read(engine, id, "/etc/jcompose/absent.conf").isEmpty());
        assertTrue(ContainerFiles.read(engine, id, "/etc/jcompose").isEmpty(), "a directory is not a file");
        assertThrows(NotFoundException.class, () -> ContainerFiles.read(engine, prefix + "-absent", "/etc/hostname"));
        assertThrows(NotFoundException.class,
                () -> ContainerFiles.write(engine, prefix + "-absent", "/etc/x.conf", replaced, 0644));
    }

    @Test
    void aContainerWithoutAHealthcheckHasNoProbes() {
        String id = engine.createContainer(container("noprobe", RUN_FOREVER).build());
        engine.startContainer(id);
        assertEquals(List.of(), engine.healthProbes(id));
        assertThrows(NotFoundException.class, () -> engine.healthProbes(prefix + "-absent"));
    }

    // --- spec ---

    /** Settings any Linux engine keeps as asked at create, whatever its kernel, read back on inspect. */
    @Test
    void createTimeSettingsAreReportedBackOnInspect() {
        String target = engine.createContainer(container("target", RUN_FOREVER).build());
        Resources asked = Resources.builder()
                .cpusetCpus("0").cpuPeriod(100000L).cpuQuota(50000L).pidsLimit(100L).memoryBytes(64L << 20)
                .devices(List.of(new Resources.Device("/dev/zero", "/dev/myzero", "rwm")))
                .deviceCgroupRules(List.of("c 1:3 mr"))
                .deviceRequests(List.of(new Resources.DeviceRequest("nvidia", -1, null, List.of(List.of("gpu")),
                        null)))
                .build();
        CreatedContainer created = engine.createContainerReporting(container("settings", RUN_FOREVER)
                .resources(asked).runtime("runc").oomScoreAdj(500).usernsMode("host").utsMode("host")
                .cgroupnsMode("private").isolation("default").volumeDriver("local").macAddress("02:42:ac:11:ff:01")
                .securityOpt("no-new-privileges:true").securityOpt("systempaths=unconfined")
                .sysctl("net.core.somaxconn", "1024").groupAdd("1234").ipcMode("shareable").pidMode("host")
                .domainname("example.test").dnsSearch("example.test").dnsOption("ndots:2").tty(true)
                .stdinOpen(true).readOnlyRootfs(true).port(PortSpec.exposed(8080))
                .links(List.of(prefix + "-target:db"))
                .build());

        ContainerDetails d = engine.inspectContainer(created.id());
        ContainerSettings s = d.settings();
        Resources r = s.resources();
        assertEquals("0", r.cpusetCpus());
        assertEquals(100000L, r.cpuPeriod());
        assertEquals(50000L, r.cpuQuota());
        assertEquals(100L, r.pidsLimit());
        assertEquals(64L << 20, r.memoryBytes());
        assertEquals(asked.devices(), r.devices());
        assertEquals(asked.deviceCgroupRules(), r.deviceCgroupRules());
        assertEquals(asked.deviceRequests(), r.deviceRequests(), "a GPU request is kept; it is met at start");
        assertEquals("runc", s.runtime());
        assertEquals(500, s.oomScoreAdj());
        assertEquals("host", s.usernsMode());
        assertEquals("host", s.utsMode());
        assertEquals("private", s.cgroupnsMode());
        assertEquals("default", s.isolation());
        assertEquals("local", s.volumeDriver());
        assertEquals("02:42:ac:11:ff:01", s.macAddress());
        // an engine adds its own (label=disable for a host pid namespace)
        assertTrue(s.securityOpt().contains("no-new-privileges:true"), s.securityOpt().toString());
        assertFalse(s.securityOpt().contains("systempaths=unconfined"), "no option the engine knows");
        assertTrue(s.systemPathsUnmasked(), "systempaths=unconfined empties the masked paths");
        assertEquals(Map.of("net.core.somaxconn", "1024"), s.sysctls());
        assertEquals(List.of("1234"), s.groupAdd());
        assertEquals("shareable", s.ipcMode());
        assertEquals("host", s.pidMode());
        assertEquals("example.test", s.domainname());
        assertEquals(List.of("example.test"), s.dnsSearch());
        assertEquals(List.of("ndots:2"), s.dnsOptions());
        assertTrue(s.tty() && s.stdinOpen() && s.readOnlyRootfs(), s.toString());
        assertEquals(List.of("8080/tcp"), s.exposedPorts());
        assertEquals(List.of(prefix + "-target:db"), s.links());
        assertFalse(engine.inspectContainer(target).settings().systemPathsUnmasked());
    }

    /**
     * Limits a kernel may not be able to enforce: the engine keeps them, or discards them and says so in a warning
     * of the create, never silently.
     */
    @Test
    void kernelDependentLimitsAreKeptOrWarnedAbout() {
        Resources asked = Resources.builder().memoryBytes(64L << 20).memorySwapBytes(128L << 20)
                .memorySwappiness(10L).oomKillDisable(true).blkioWeight(300).cpuCount(2L).build();
        CreatedContainer created = engine.createContainerReporting(container("kernel", RUN_FOREVER)
                .resources(asked).build());
        Resources r = engine.inspectContainer(created.id()).settings().resources();
        List<String> warnings = created.warnings();
        keptOrWarned(128L << 20, r.memorySwapBytes(), "swap", warnings);
        keptOrWarned(10L, r.memorySwappiness(), "swappiness", warnings);
        keptOrWarned(Boolean.TRUE, r.oomKillDisable(), "OomKillDisable", warnings);
        keptOrWarned(300, r.blkioWeight(), "Weight", warnings);
        keptOrWarned(2L, r.cpuCount(), "CPU count", warnings);
    }

    private static void keptOrWarned(Object asked, Object reported, String warningWord, List<String> warnings) {
        boolean warned = warnings.stream().anyMatch(w -> w.toLowerCase(java.util.Locale.ROOT)
                .contains(warningWord.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(asked.equals(reported) || warned, "asked " + asked + ", reported " + reported
                + ", warnings " + warnings);
    }

    /** start_interval (API 1.44) and annotations (1.43) on an older engine: left out with a warning, not an error. */
    @Test
    void settingsTheApiVersionCannotCarryAreLeftOutWithAWarning() {
        HealthcheckSpec check = new HealthcheckSpec(List.of("CMD", "true"), Duration.ofSeconds(30), null, 3,
                Duration.ofSeconds(60), Duration.ofSeconds(2));
        CreatedContainer created = engine.createContainerReporting(container("newer", RUN_FOREVER)
                .healthcheck(check).annotations(Map.of("com.example.note", "hi")).networkMode("none").build());
        ContainerSettings s = engine.inspectContainer(created.id()).settings();
        String api = engine.info().negotiatedApiVersion();
        if (ApiFeatures.older(api, "1.44")) {
            assertTrue(created.warnings().stream().anyMatch(w -> w.startsWith("healthcheck start_interval needs "
                    + "engine API 1.44") && w.contains("speaks API " + api)), created.warnings().toString());
            assertEquals(check.withoutStartInterval(), s.healthcheck(), "the rest of the check is applied");
        } else {
            assertEquals(check, s.healthcheck());
        }
        if (ApiFeatures.older(api, "1.43")) {
            assertTrue(created.warnings().stream().anyMatch(w -> w.startsWith("annotations need engine API 1.43")),
                    created.warnings().toString());
            assertEquals(Map.of(), s.annotations());
        } else {
            assertEquals(Map.of("com.example.note", "hi"), s.annotations());
        }
        engine.startContainer(created.id());
        assertTrue(engine.inspectContainer(created.id()).state().running(), "the container runs all the same");
    }
}
