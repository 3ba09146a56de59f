package dev.jcompose.app;

import dev.jcompose.app.PretendContainers.Status;
import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ConflictException;
import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerStats;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.CreatedContainer;
import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.EngineInfo;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.HealthProbe;
import dev.jcompose.engine.ImageDetails;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.LogSink;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.engine.PathStat;
import dev.jcompose.engine.ProcessList;
import dev.jcompose.engine.ProgressEvent;
import dev.jcompose.engine.Subscription;
import dev.jcompose.engine.VolumeInfo;
import dev.jcompose.engine.VolumeSpec;
import dev.jcompose.progress.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code --dry-run} at the engine port, as Docker Compose does it: reads go to the engine; every call that would
 * change something is answered as the engine would answer it (a made-up id, success) without being made, and
 * reported as a progress event. What it pretended is remembered, so that a later read in the same command (the
 * made-up container's state, a removed network) agrees with it instead of asking the engine, which would not know.
 */
public final class DryRunEngine implements ContainerEngine {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> TOP_TITLES = List.of("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD");

    /** A made-up exec: the container it would run in and what it would run. */
    private record PretendExec(String container, ExecSpec spec) {
    }

    private final ContainerEngine real;
    private final ProgressListener report;
    private final PretendContainers containers = new PretendContainers();
    private final PretendObjects<NetworkInfo> networks =
            new PretendObjects<>(n -> List.of(n.id(), n.name()), NetworkInfo::labels);
    private final PretendObjects<VolumeInfo> volumes =
            new PretendObjects<>(v -> List.of(v.name()), VolumeInfo::labels);
    private final PretendObjects<ImageInfo> images =
            new PretendObjects<>(DryRunEngine::imageReferences, ImageInfo::labels);
    private final Map<String, PretendExec> execs = new ConcurrentHashMap<>();

    /** @param report where each answered call is told, as a done event ({@code Container demo-web-1  Started}) */
    public DryRunEngine(ContainerEngine real, ProgressListener report) {
        this.real = real;
        this.report = report;
    }

    @Override
    public EngineInfo info() {
        return real.info();
    }

    // containers

    @Override
    public List<ContainerSummary> listContainers(Map<String, String> labelFilter) {
        return containers.list(real.listContainers(labelFilter), labelFilter);
    }

    @Override
    public ContainerDetails inspectContainer(String idOrName) {
        Optional<ContainerDetails> made = containers.details(idOrName);
        if (made.isPresent()) return made.get();
        ContainerDetails details = real.inspectContainer(idOrName);
        if (containers.isRemoved(details.id())) throw noSuchContainer("inspect container", idOrName);
        return containers.details(details);
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        return createContainerReporting(spec).id();
    }

    @Override
    public CreatedContainer createContainerReporting(ContainerSpec spec) {
        String id = madeUpId();
        containers.create(id, spec);
        told("Container " + spec.name(), "Created", null);
        return new CreatedContainer(id, List.of());
    }

    @Override
    public void startContainer(String idOrName) {
        setStatus(idOrName, Status.RUNNING, 0, "Started");
    }

    @Override
    public void stopContainer(String idOrName, Duration timeout) {
        ContainerDetails c = inspectContainer(idOrName);
        if (c.state().running()) setStatus(idOrName, Status.EXITED, 0, "Stopped");
        else told(containerResource(c), "Stopped", null);
    }

    @Override
    public void killContainer(String idOrName, String signal) {
        ContainerDetails c = running(idOrName, "kill container");
        boolean kills = signal == null || signal.equals("SIGKILL") || signal.equals("KILL") || signal.equals("9");
        if (kills) containers.setStatus(idOrName, c.id(), Status.EXITED, 137);
        told(containerResource(c), "Killed", signal == null || kills ? null : "with " + signal);
    }

    @Override
    public void removeContainer(String idOrName, boolean force, boolean removeAnonymousVolumes) {
        ContainerDetails c = inspectContainer(idOrName);
        if (c.state().running() && !force) {
            throw new ConflictException("remove container", idOrName,
                    "cannot remove container \"" + c.name() + "\": container is running: stop the container before"
                            + " removing or force remove");
        }
        containers.remove(idOrName, c.id());
        told(containerResource(c), "Removed", null);
    }

    @Override
    public void renameContainer(String idOrName, String newName) {
        ContainerDetails c = inspectContainer(idOrName);
        containers.rename(idOrName, c.id(), newName);
        told(containerResource(c), "Renamed", "to " + newName);
    }

    /**
     * The engine's wait, unless the dry run made the container or changed its state: then it has ended at once
     * (a running one with 0, the answer that lets what waits on it go on).
     */
    @Override
    public int waitContainer(String idOrName) {
        ContainerDetails c = inspectContainer(idOrName);
        boolean pretended = containers.isMade(idOrName) || containers.status(idOrName, c.id()).isPresent();
        if (!pretended) return real.waitContainer(idOrName);
        if (!c.state().running()) return c.state().exitCode();
        containers.setStatus(idOrName, c.id(), Status.EXITED, 0);
        return 0;
    }

    @Override
    public void connectNetwork(String network, String container, NetworkAttachmentSpec attachment) {
        told(containerResource(inspectContainer(container)), "Connected", "to network " + network);
    }

    @Override
    public void disconnectNetwork(String network, String container, boolean force) {
        told(containerResource(inspectContainer(container)), "Disconnected", "from network " + network);
    }

    @Override
    public Subscription logs(String idOrName, LogOptions options, LogSink sink) {
        if (containers.isMade(idOrName)) return () -> { };
        return real.logs(idOrName, options, sink);
    }

    // networks

    @Override
    public List<NetworkInfo> listNetworks(Map<String, String> labelFilter) {
        return networks.list(real.listNetworks(labelFilter), labelFilter);
    }

    @Override
    public Optional<NetworkInfo> findNetwork(String idOrName) {
        return networks.find(idOrName, real::findNetwork);
    }

    @Override
    public String createNetwork(NetworkSpec spec) {
        String id = madeUpId();
        networks.make(new NetworkInfo(id, spec.name(), spec.driver() == null ? "bridge" : spec.driver(),
                spec.internal(), spec.attachable(), spec.options(), spec.labels(), spec.ipamPools()));
        told("Network " + spec.name(), "Created", null);
        return id;
    }

    @Override
    public void removeNetwork(String idOrName) {
        NetworkInfo n = findNetwork(idOrName).orElseThrow(() ->
                new NotFoundException("remove network", idOrName, "network " + idOrName + " not found"));
        networks.remove(idOrName, n);
        told("Network " + n.name(), "Removed", null);
    }

    // volumes

    @Override
    public List<VolumeInfo> listVolumes(Map<String, String> labelFilter) {
        return volumes.list(real.listVolumes(labelFilter), labelFilter);
    }

    @Override
    public Optional<VolumeInfo> findVolume(String name) {
        return volumes.find(name, real::findVolume);
    }

    @Override
    public VolumeInfo createVolume(VolumeSpec spec) {
        Optional<VolumeInfo> there = findVolume(spec.name());
        if (there.isPresent()) return there.get();
        VolumeInfo v = new VolumeInfo(spec.name(), spec.driver() == null ? "local" : spec.driver(), "",
                spec.options(), spec.labels());
        volumes.make(v);
        told("Volume \"" + spec.name() + "\"", "Created", null);
        return v;
    }

    @Override
    public void removeVolume(String name, boolean force) {
        VolumeInfo v = findVolume(name).orElseThrow(() ->
                new NotFoundException("remove volume", name, "get " + name + ": no such volume"));
        volumes.remove(name, v);
        told("Volume " + name, "Removed", null);
    }

    // images

    @Override
    public Optional<ImageInfo> findImage(String reference) {
        return images.find(reference, real::findImage);
    }

    @Override
    public List<ImageInfo> listImages(Map<String, String> labelFilter) {
        return images.list(real.listImages(labelFilter), labelFilter);
    }

    @Override
    public void removeImage(String reference, boolean force) {
        ImageInfo image = findImage(reference).orElseThrow(() ->
                new NotFoundException("remove image", reference, "No such image: " + reference));
        images.remove(reference, image);
        told("Image " + reference, "Removed", null);
    }

    /** The context is read to its end all the same: whoever writes it waits for that. */
    @Override
    public String buildImage(InputStream contextTar, BuildSpec spec, Consumer<ProgressEvent> progress) {
        drain(contextTar);
        String id = "sha256:" + madeUpId();
        images.make(new ImageInfo(id, spec.tags(), spec.labels(), Instant.now(), 0));
        told("Image " + (spec.tags().isEmpty() ? id : spec.tags().get(0)), "Built", null);
        return id;
    }

    @Override
    public void pullImage(String reference, Consumer<ProgressEvent> progress) {
        if (findImage(reference).isEmpty()) {
            images.make(new ImageInfo("sha256:" + madeUpId(), List.of(reference), Map.of(), Instant.now(), 0));
        }
        told("Image " + reference, "Pulled", null);
    }

    @Override
    public void pushImage(String reference, Consumer<ProgressEvent> progress) {
        told("Image " + reference, "Pushed", null);
    }

    @Override
    public Optional<ImageDetails> inspectImage(String reference) {
        if (images.isRemoved(reference)) return Optional.empty();
        Optional<ImageInfo> made = images.made(reference);
        if (made.isEmpty()) return real.inspectImage(reference);
        ImageInfo i = made.get();
        return Optional.of(new ImageDetails(i.id(), i.repoTags(), "linux", null, null, 0, i.created(), i.created(),
                i.labels()));
    }

    // events

    @Override
    public Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener) {
        return real.events(labelFilter, listener);
    }

    @Override
    public Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener,
                               Consumer<EngineException> onEnd) {
        return real.events(labelFilter, listener, onEnd);
    }

    // exec

    @Override
    public String execCreate(String container, ExecSpec spec) {
        ContainerDetails c = running(container, "exec");
        String id = madeUpId();
        execs.put(id, new PretendExec(containerResource(c), spec));
        return id;
    }

    /** The command would run; it is answered as having run and succeeded, with no output (stdin is not read). */
    @Override
    public int execStart(String execId, InputStream stdin, LogSink sink) {
        toldExec(execId, null);
        return 0;
    }

    @Override
    public void execStartDetached(String execId) {
        toldExec(execId, "(detached)");
    }

    @Override
    public int execStartTty(String execId, InputStream keys, LogSink sink, Runnable onStarted) {
        onStarted.run();
        toldExec(execId, null);
        closeKeys(keys);
        return 0;
    }

    @Override
    public void resizeExec(String execId, int rows, int columns) {
        // every exec of a dry run is made up: there is no terminal to resize
    }

    @Override
    public int startAttached(String idOrName, InputStream stdin, LogSink sink) {
        return runToEnd(idOrName);
    }

    @Override
    public int startAttachedTty(String idOrName, InputStream keys, LogSink sink, Runnable onStarted) {
        startContainer(idOrName);
        onStarted.run();
        closeKeys(keys);
        return runToEnd(idOrName);
    }

    @Override
    public void resizeContainer(String idOrName, int rows, int columns) {
        // nothing was attached: there is no terminal to resize
    }

    @Override
    public void pauseContainer(String idOrName) {
        ContainerDetails c = running(idOrName, "pause container");
        containers.setStatus(idOrName, c.id(), Status.PAUSED, 0);
        told(containerResource(c), "Paused", null);
    }

    @Override
    public void unpauseContainer(String idOrName) {
        ContainerDetails c = inspectContainer(idOrName);
        if (!c.state().status().equals("paused")) {
            throw new ConflictException("unpause container", idOrName, "Container " + c.id() + " is not paused");
        }
        containers.setStatus(idOrName, c.id(), Status.RUNNING, 0);
        told(containerResource(c), "Unpaused", null);
    }

    @Override
    public ProcessList listProcesses(String idOrName) {
        if (!containers.isMade(idOrName)) return real.listProcesses(idOrName);
        running(idOrName, "top");
        return new ProcessList(TOP_TITLES, List.of());
    }

    @Override
    public Optional<PathStat> statPath(String idOrName, String path) {
        if (containers.isMade(idOrName)) return Optional.empty();
        return real.statPath(idOrName, path);
    }

    @Override
    public InputStream copyFromContainer(String idOrName, String path) {
        if (containers.isMade(idOrName)) {
            throw new NotFoundException("copy from container", idOrName, "Could not find the file " + path
                    + " in container " + idOrName);
        }
        return real.copyFromContainer(idOrName, path);
    }

    /** The archive is read to its end all the same: whoever writes it waits for that. */
    @Override
    public void copyToContainer(String idOrName, String directory, InputStream tar, boolean copyUidGid) {
        ContainerDetails c = inspectContainer(idOrName);
        drain(tar);
        told(containerResource(c), "Copied", "into " + directory);
    }

    /** Nothing is sent to the container: the attachment ends at once. */
    @Override
    public void attachContainer(String idOrName, InputStream stdin, LogSink sink, String detachKeys,
                                Runnable onAttached) {
        ContainerDetails c = running(idOrName, "attach to container");
        told(containerResource(c), "Attached", null);
        onAttached.run();
        if (stdin != null) {
            try {
                stdin.close();
            } catch (java.io.IOException ignored) {
                // nothing was read from it
            }
        }
    }

    @Override
    public String commitContainer(String idOrName, dev.jcompose.engine.CommitSpec spec) {
        ContainerDetails c = inspectContainer(idOrName);
        String id = "sha256:" + madeUpId();
        images.make(new ImageInfo(id, spec.reference() == null ? List.of() : List.of(spec.reference()), Map.of(),
                Instant.now(), 0));
        told(containerResource(c), "Committed", "as " + id);
        return id;
    }

    /** Reading a container's files changes nothing; a pretended container has none. */
    @Override
    public InputStream exportContainer(String idOrName) {
        if (!containers.isMade(idOrName)) return real.exportContainer(idOrName);
        inspectContainer(idOrName);
        return new java.io.ByteArrayInputStream(new byte[1024]); // an empty tar: two zero blocks end the archive
    }

    @Override
    public ContainerStats stats(String container) {
        if (!containers.isMade(container)) return real.stats(container);
        ContainerDetails c = inspectContainer(container);
        return new ContainerStats(c.id(), c.name(), 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public List<HealthProbe> healthProbes(String container) {
        if (containers.isMade(container)) return List.of();
        return real.healthProbes(container);
    }

    @Override
    public void close() {
        real.close();
    }

    private void setStatus(String idOrName, Status status, int exitCode, String text) {
        ContainerDetails c = inspectContainer(idOrName);
        containers.setStatus(idOrName, c.id(), status, exitCode);
        told(containerResource(c), text, null);
    }

    /** Started attached, it runs to its end at once with 0; one the engine would remove as it exits is removed. */
    private int runToEnd(String idOrName) {
        ContainerDetails c = inspectContainer(idOrName);
        if (!c.state().running()) setStatus(idOrName, Status.RUNNING, 0, "Started");
        containers.setStatus(idOrName, c.id(), Status.EXITED, 0);
        told(containerResource(c), "Exited", null);
        if (containers.autoRemoves(idOrName)) containers.remove(idOrName, c.id());
        return 0;
    }

    private ContainerDetails running(String idOrName, String operation) {
        ContainerDetails c = inspectContainer(idOrName);
        if (!c.state().running()) {
            throw new ConflictException(operation, idOrName, "container " + c.id() + " is not running");
        }
        return c;
    }

    private void toldExec(String execId, String how) {
        PretendExec exec = execs.get(execId);
        if (exec == null) throw new NotFoundException("start exec", execId, "No such exec instance: " + execId);
        String detail = String.join(" ", exec.spec().cmd()) + (how == null ? "" : " " + how);
        told(exec.container(), "Executed", detail);
    }

    private void told(String resource, String text, String detail) {
        report.onEvent(new dev.jcompose.progress.ProgressEvent(resource, text,
                dev.jcompose.progress.ProgressEvent.Kind.DONE, detail, Duration.ZERO));
    }

    private static String containerResource(ContainerDetails c) {
        return "Container " + (c.name().startsWith("/") ? c.name().substring(1) : c.name());
    }

    private static NotFoundException noSuchContainer(String operation, String idOrName) {
        return new NotFoundException(operation, idOrName, "No such container: " + idOrName);
    }

    private static String madeUpId() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** As the port says: the keys are closed when the (made-up) output ends, so that no later key is taken. */
    private static void closeKeys(InputStream keys) {
        try {
            keys.close();
        } catch (IOException e) {
            // nothing was read from them
        }
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image answers to its id and its tags, a tag with or without {@code :latest}. */
    private static List<String> imageReferences(ImageInfo image) {
        List<String> out = new ArrayList<>(List.of(image.id()));
        for (String tag : image.repoTags()) out.addAll(tagForms(tag));
        return out;
    }

    private static List<String> tagForms(String reference) {
        if (reference.endsWith(":latest")) {
            return List.of(reference, reference.substring(0, reference.length() - ":latest".length()));
        }
        boolean tagged = reference.lastIndexOf(':') > reference.lastIndexOf('/') || reference.contains("@");
        return tagged ? List.of(reference) : List.of(reference, reference + ":latest");
    }
}
