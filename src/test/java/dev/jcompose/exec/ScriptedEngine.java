package dev.jcompose.exec;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.EngineInfo;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.LogSink;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.ProgressEvent;
import dev.jcompose.engine.Subscription;
import dev.jcompose.engine.VolumeInfo;
import dev.jcompose.engine.VolumeSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The in-memory engine with a script around its calls: a test can run code before or after a call on a named
 * object ("createVolume", "data") — block on a latch, throw, report health — and read the order of calls.
 * Hooks run outside the engine's lock, so a blocked call does not block the others.
 */
final class ScriptedEngine implements ContainerEngine {
    final InMemoryEngine engine;
    private final Map<String, Runnable> before = new ConcurrentHashMap<>();
    private final Map<String, Runnable> after = new ConcurrentHashMap<>();
    private final Queue<String> calls = new ConcurrentLinkedQueue<>();
    private volatile List<ProgressEvent> pullEvents;
    private volatile byte[] lastBuildContext;

    ScriptedEngine(InMemoryEngine engine) {
        this.engine = engine;
    }

    ScriptedEngine before(String call, String object, Runnable hook) {
        before.put(call + " " + object, hook);
        return this;
    }

    ScriptedEngine after(String call, String object, Runnable hook) {
        after.put(call + " " + object, hook);
        return this;
    }

    /** Lets pullImage succeed, delivering these messages and adding the image. */
    void pullDelivers(List<ProgressEvent> events) {
        pullEvents = List.copyOf(events);
    }

    /** "createVolume data", ... in the order the calls began. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    byte[] lastBuildContext() {
        return lastBuildContext;
    }

    private void enter(String call, String object) {
        calls.add(call + " " + object);
        Runnable hook = before.get(call + " " + object);
        if (hook != null) hook.run();
    }

    private void leave(String call, String object) {
        Runnable hook = after.get(call + " " + object);
        if (hook != null) hook.run();
    }

    @Override
    public EngineInfo info() {
        return engine.info();
    }

    @Override
    public List<ContainerSummary> listContainers(Map<String, String> labelFilter) {
        return engine.listContainers(labelFilter);
    }

    @Override
    public ContainerDetails inspectContainer(String idOrName) {
        enter("inspectContainer", idOrName);
        ContainerDetails details = engine.inspectContainer(idOrName);
        leave("inspectContainer", idOrName);
        return details;
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        enter("createContainer", spec.name());
        String id = engine.createContainer(spec);
        leave("createContainer", spec.name());
        return id;
    }

    @Override
    public void startContainer(String idOrName) {
        enter("startContainer", idOrName);
        engine.startContainer(idOrName);
        leave("startContainer", idOrName);
    }

    @Override
    public void stopContainer(String idOrName, Duration timeout) {
        enter("stopContainer", idOrName);
        engine.stopContainer(idOrName, timeout);
    }

    @Override
    public void killContainer(String idOrName, String signal) {
        enter("killContainer", idOrName);
        engine.killContainer(idOrName, signal);
    }

    @Override
    public void removeContainer(String idOrName, boolean force, boolean removeAnonymousVolumes) {
        enter("removeContainer", idOrName);
        engine.removeContainer(idOrName, force, removeAnonymousVolumes);
    }

    @Override
    public void renameContainer(String idOrName, String newName) {
        enter("renameContainer", idOrName);
        engine.renameContainer(idOrName, newName);
    }

    @Override
    public int waitContainer(String idOrName) {
        enter("waitContainer", idOrName);
        return engine.waitContainer(idOrName);
    }

    @Override
    public void connectNetwork(String network, String container, NetworkAttachmentSpec attachment) {
        engine.connectNetwork(network, container, attachment);
    }

    @Override
    public void disconnectNetwork(String network, String container, boolean force) {
        engine.disconnectNetwork(network, container, force);
    }

    @Override
    public Subscription logs(String idOrName, LogOptions options, LogSink sink) {
        enter("logs", idOrName);
        return engine.logs(idOrName, options, sink);
    }

    @Override
    public List<NetworkInfo> listNetworks(Map<String, String> labelFilter) {
        return engine.listNetworks(labelFilter);
    }

    @Override
    public Optional<NetworkInfo> findNetwork(String idOrName) {
        return engine.findNetwork(idOrName);
    }

    @Override
    public String createNetwork(NetworkSpec spec) {
        enter("createNetwork", spec.name());
        String id = engine.createNetwork(spec);
        leave("createNetwork", spec.name());
        return id;
    }

    @Override
    public void removeNetwork(String idOrName) {
        enter("removeNetwork", idOrName);
        engine.removeNetwork(idOrName);
    }

    @Override
    public List<VolumeInfo> listVolumes(Map<String, String> labelFilter) {
        return engine.listVolumes(labelFilter);
    }

    @Override
    public Optional<VolumeInfo> findVolume(String name) {
        return engine.findVolume(name);
    }

    @Override
    public VolumeInfo createVolume(VolumeSpec spec) {
        enter("createVolume", spec.name());
        VolumeInfo info = engine.createVolume(spec);
        leave("createVolume", spec.name());
        return info;
    }

    @Override
    public void removeVolume(String name, boolean force) {
        enter("removeVolume", name);
        engine.removeVolume(name, force);
    }

    @Override
    public Optional<ImageInfo> findImage(String reference) {
        return engine.findImage(reference);
    }

    @Override
    public List<ImageInfo> listImages(Map<String, String> labelFilter) {
        return engine.listImages(labelFilter);
    }

    @Override
    public void removeImage(String reference, boolean force) {
        enter("removeImage", reference);
        engine.removeImage(reference, force);
    }

    @Override
    public String buildImage(InputStream contextTar, BuildSpec spec, Consumer<ProgressEvent> progress) {
        enter("buildImage", String.join(",", spec.tags()));
        try {
            byte[] tar = contextTar.readAllBytes();
            lastBuildContext = tar;
            return engine.buildImage(new java.io.ByteArrayInputStream(tar), spec, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void pullImage(String reference, Consumer<ProgressEvent> progress) {
        enter("pullImage", reference);
        List<ProgressEvent> events = pullEvents;
        if (events == null) {
            engine.pullImage(reference, progress);
            return;
        }
        events.forEach(progress);
        engine.addImage(reference, Map.of());
    }

    @Override
    public Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener) {
        return engine.events(labelFilter, listener);
    }

    @Override
    public Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener,
                               Consumer<dev.jcompose.engine.EngineException> onEnd) {
        return engine.events(labelFilter, listener, onEnd);
    }

    @Override
    public String execCreate(String container, ExecSpec spec) {
        return engine.execCreate(container, spec);
    }

    @Override
    public int execStart(String execId, InputStream stdin, LogSink sink) {
        return engine.execStart(execId, stdin, sink);
    }

    // --- rollout ---

    @Override
    public List<dev.jcompose.engine.HealthProbe> healthProbes(String container) {
        return engine.healthProbes(container);
    }

    @Override
    public void close() {
        engine.close();
    }

    // --- exec-run ---

    @Override
    public void execStartDetached(String execId) {
        engine.execStartDetached(execId);
    }

    @Override
    public int startAttached(String idOrName, InputStream stdin, LogSink sink) {
        return engine.startAttached(idOrName, stdin, sink);
    }

    @Override
    public void pauseContainer(String idOrName) {
        engine.pauseContainer(idOrName);
    }

    @Override
    public void unpauseContainer(String idOrName) {
        engine.unpauseContainer(idOrName);
    }

    @Override
    public dev.jcompose.engine.ProcessList listProcesses(String idOrName) {
        enter("listProcesses", idOrName);
        return engine.listProcesses(idOrName);
    }

    @Override
    public Optional<dev.jcompose.engine.PathStat> statPath(String idOrName, String path) {
        return engine.statPath(idOrName, path);
    }

    @Override
    public void attachContainer(String idOrName, InputStream stdin, LogSink sink, String detachKeys,
                                Runnable onAttached) {
        engine.attachContainer(idOrName, stdin, sink, detachKeys, onAttached);
    }

    @Override
    public String commitContainer(String idOrName, dev.jcompose.engine.CommitSpec spec) {
        return engine.commitContainer(idOrName, spec);
    }

    @Override
    public InputStream exportContainer(String idOrName) {
        return engine.exportContainer(idOrName);
    }

    @Override
    public InputStream copyFromContainer(String idOrName, String path) {
        return engine.copyFromContainer(idOrName, path);
    }

    @Override
    public void copyToContainer(String idOrName, String directory, InputStream tar, boolean copyUidGid) {
        enter("copyToContainer", idOrName);
        engine.copyToContainer(idOrName, directory, tar, copyUidGid);
    }

    // --- shell ---

    @Override
    public int execStartTty(String execId, InputStream keys, LogSink sink, Runnable onStarted) {
        return engine.execStartTty(execId, keys, sink, onStarted);
    }

    @Override
    public void resizeExec(String execId, int rows, int columns) {
        engine.resizeExec(execId, rows, columns);
    }

    @Override
    public int startAttachedTty(String idOrName, InputStream keys, LogSink sink, Runnable onStarted) {
        return engine.startAttachedTty(idOrName, keys, sink, onStarted);
    }

    @Override
    public void resizeContainer(String idOrName, int rows, int columns) {
        engine.resizeContainer(idOrName, rows, columns);
    }

    // --- build-pull ---

    @Override
    public void pushImage(String reference, Consumer<ProgressEvent> progress) {
        enter("pushImage", reference);
        engine.pushImage(reference, progress);
    }

    @Override
    public Optional<dev.jcompose.engine.ImageDetails> inspectImage(String reference) {
        return engine.inspectImage(reference);
    }

    @Override
    public dev.jcompose.engine.ContainerStats stats(String container) {
        return engine.stats(container);
    }

    // --- spec ---

    @Override
    public dev.jcompose.engine.CreatedContainer createContainerReporting(ContainerSpec spec) {
        enter("createContainer", spec.name());
        dev.jcompose.engine.CreatedContainer created = engine.createContainerReporting(spec);
        leave("createContainer", spec.name());
        return created;
    }
}
