package dev.jcompose.engine.docker;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.CommitSpec;
import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerStats;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.CreatedContainer;
import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.EngineInfo;
import dev.jcompose.engine.EngineUnreachableException;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link ContainerEngine} port over the Docker Engine API. Every call a command makes on its everyday path —
 * reads, container, network and volume changes, exec and attach, logs and events — goes over jcompose's own HTTP
 * client ({@link EngineApi}); docker-java keeps the calls where it does real work ({@link DockerJavaCalls}).
 */
public final class DockerEngine implements ContainerEngine {
    /**
     * The newest API jcompose speaks; engines speaking a newer one are talked to at this one. It is the newest whose
     * fields the adapter sends (start_interval, a MAC address per network); what later versions add (a volume's
     * subpath in 1.45, gw_priority in 1.48) the engine port does not carry yet, so a newer one would change the
     * answers and add nothing. Tested on Docker 20.10 (API 1.41) and Docker 28 (1.51, talked to at this one).
     */
    static final String CLIENT_API = "1.44";

    private final Endpoint endpoint;
    private final EngineInfo info;
    private final EngineApi api;
    private final EngineReads reads;
    private final ContainerCalls containers;
    private final NetworkCalls networks;
    private final VolumeCalls volumes;
    private final ExecCalls execs;
    private final EngineStreams streams;
    private final DockerJavaCalls dockerJava;

    private DockerEngine(Endpoint endpoint, EngineInfo info, Supplier<RegistryCredentials> credentials) {
        this.endpoint = endpoint;
        this.info = info;
        this.api = new EngineApi(new EngineHttp(endpoint, info.negotiatedApiVersion()), endpoint);
        this.reads = new EngineReads(api);
        this.networks = new NetworkCalls(api);
        this.containers = new ContainerCalls(api, networks, info.negotiatedApiVersion());
        this.volumes = new VolumeCalls(api);
        this.execs = new ExecCalls(api);
        this.streams = new EngineStreams(api);
        this.dockerJava = new DockerJavaCalls(endpoint, info.negotiatedApiVersion(), credentials);
    }

    /** Connects to the engine the docker CLI would use from this process's environment. */
    public static DockerEngine connect() {
        return connect(EndpointResolver.system().resolve());
    }

    /**
     * Connects and negotiates the API version: asks the engine for its version over an unversioned path, then talks
     * at min(engine's, ours).
     */
    public static DockerEngine connect(Endpoint endpoint) {
        return connect(endpoint, () -> RegistryCredentials.forEnvironment(System.getenv()));
    }

    /** Connects as {@link #connect(Endpoint)}; pulls and pushes authenticate with what {@code credentials} gives. */
    public static DockerEngine connect(Endpoint endpoint, Supplier<RegistryCredentials> credentials) {
        EngineInfo info;
        try {
            info = EngineReads.version(endpoint, CLIENT_API);
        } catch (EngineUnreachableException e) {
            throw e;
        } catch (EngineException e) {
            throw new EngineUnreachableException(List.of(endpoint.describe() + ": " + e.engineMessage()), e);
        }
        return new DockerEngine(endpoint, info, credentials);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    // containers

    @Override
    public List<ContainerSummary> listContainers(Map<String, String> labelFilter) {
        return reads.containers(labelFilter);
    }

    @Override
    public ContainerDetails inspectContainer(String idOrName) {
        return containers.inspect(idOrName);
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        return createContainerReporting(spec).id();
    }

    @Override
    public CreatedContainer createContainerReporting(ContainerSpec spec) {
        return containers.create(spec);
    }

    @Override
    public void startContainer(String idOrName) {
        containers.start(idOrName);
    }

    @Override
    public void stopContainer(String idOrName, Duration timeout) {
        containers.stop(idOrName, timeout);
    }

    @Override
    public void killContainer(String idOrName, String signal) {
        containers.kill(idOrName, signal);
    }

    @Override
    public void removeContainer(String idOrName, boolean force, boolean removeAnonymousVolumes) {
        containers.remove(idOrName, force, removeAnonymousVolumes);
    }

    @Override
    public void renameContainer(String idOrName, String newName) {
        containers.rename(idOrName, newName);
    }

    @Override
    public int waitContainer(String idOrName) {
        return containers.await(idOrName);
    }

    @Override
    public void pauseContainer(String idOrName) {
        containers.pause(idOrName);
    }

    @Override
    public void unpauseContainer(String idOrName) {
        containers.unpause(idOrName);
    }

    @Override
    public ProcessList listProcesses(String idOrName) {
        return containers.processes(idOrName);
    }

    @Override
    public List<HealthProbe> healthProbes(String container) {
        return containers.healthProbes(container);
    }

    @Override
    public void resizeContainer(String idOrName, int rows, int columns) {
        containers.resize(idOrName, rows, columns);
    }

    @Override
    public int startAttached(String idOrName, InputStream stdin, LogSink sink) {
        return streaming("run container", idOrName,
                () -> containers.startAttached(idOrName, stdin, sink, false, () -> {
                }));
    }

    @Override
    public int startAttachedTty(String idOrName, InputStream keys, LogSink sink, Runnable onStarted) {
        return streaming("run container", idOrName,
                () -> containers.startAttached(idOrName, keys, sink, true, onStarted));
    }

    @Override
    public Subscription logs(String idOrName, LogOptions options, LogSink sink) {
        return streams.logs(idOrName, options, sink);
    }

    // networks

    @Override
    public List<NetworkInfo> listNetworks(Map<String, String> labelFilter) {
        return reads.networks(labelFilter);
    }

    @Override
    public Optional<NetworkInfo> findNetwork(String idOrName) {
        return reads.network(idOrName);
    }

    @Override
    public String createNetwork(NetworkSpec spec) {
        return networks.create(spec);
    }

    @Override
    public void removeNetwork(String idOrName) {
        networks.remove(idOrName);
    }

    @Override
    public void connectNetwork(String network, String container, NetworkAttachmentSpec attachment) {
        networks.connect(network, container, attachment);
    }

    @Override
    public void disconnectNetwork(String network, String container, boolean force) {
        networks.disconnect(network, container, force);
    }

    // volumes

    @Override
    public List<VolumeInfo> listVolumes(Map<String, String> labelFilter) {
        return reads.volumes(labelFilter);
    }

    @Override
    public Optional<VolumeInfo> findVolume(String name) {
        return reads.volume(name);
    }

    @Override
    public VolumeInfo createVolume(VolumeSpec spec) {
        return volumes.create(spec);
    }

    @Override
    public void removeVolume(String name, boolean force) {
        volumes.remove(name, force);
    }

    // images

    @Override
    public Optional<ImageInfo> findImage(String reference) {
        return reads.image(reference);
    }

    @Override
    public List<ImageInfo> listImages(Map<String, String> labelFilter) {
        return reads.images(labelFilter);
    }

    @Override
    public void removeImage(String reference, boolean force) {
        api.call("remove image", reference, "DELETE", "/images/" + reference + "?force=" + force, null);
    }

    @Override
    public String buildImage(InputStream contextTar, BuildSpec spec, Consumer<ProgressEvent> progress) {
        return dockerJava.build(contextTar, spec, progress);
    }

    @Override
    public void pullImage(String reference, Consumer<ProgressEvent> progress) {
        dockerJava.pull(reference, progress);
    }

    @Override
    public void pushImage(String reference, Consumer<ProgressEvent> progress) {
        dockerJava.push(reference, progress);
    }

    @Override
    public Optional<ImageDetails> inspectImage(String reference) {
        return dockerJava.inspectImage(reference);
    }

    // events

    @Override
    public Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener) {
        return events(labelFilter, listener, lost -> {
        });
    }

    @Override
    public Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener,
                               Consumer<EngineException> onEnd) {
        return streams.events(labelFilter, listener, onEnd);
    }

    // exec

    @Override
    public String execCreate(String container, ExecSpec spec) {
        return execs.create(container, spec);
    }

    @Override
    public int execStart(String execId, InputStream stdin, LogSink sink) {
        return streaming("run exec", execId, () -> execs.start(execId, stdin, sink, false, () -> {
        }));
    }

    @Override
    public int execStartTty(String execId, InputStream keys, LogSink sink, Runnable onStarted) {
        return streaming("run exec", execId, () -> execs.start(execId, keys, sink, true, onStarted));
    }

    @Override
    public void execStartDetached(String execId) {
        execs.startDetached(execId);
    }

    @Override
    public void resizeExec(String execId, int rows, int columns) {
        execs.resize(execId, rows, columns);
    }

    // files and stats

    @Override
    public Optional<PathStat> statPath(String idOrName, String path) {
        String object = idOrName + ":" + path;
        try (EngineHttp.Response answer = api.http().send("inspect path in container", object, "HEAD",
                "/containers/" + EngineApi.encode(idOrName) + "/archive?path=" + EngineApi.encode(path),
                null)) {
            return Optional.of(PathStats.parse(answer.header("X-Docker-Container-Path-Stat")));
        } catch (NotFoundException e) {
            // HEAD answers carry no message: a missing container and a missing path both answer 404.
            inspectContainer(idOrName);
            return Optional.empty();
        } catch (IOException e) {
            throw api.failure("inspect path in container", object, e);
        }
    }

    @Override
    public void attachContainer(String idOrName, InputStream stdin, LogSink sink, String detachKeys,
                                Runnable onAttached) {
        streaming("attach to container", idOrName, () -> {
            containers.attach(idOrName, stdin, sink, detachKeys, onAttached);
            return 0;
        });
    }

    @Override
    public String commitContainer(String idOrName, CommitSpec spec) {
        return containers.commit(idOrName, spec);
    }

    @Override
    public InputStream exportContainer(String idOrName) {
        return containers.export(idOrName);
    }

    @Override
    public InputStream copyFromContainer(String idOrName, String path) {
        return dockerJava.copyFrom(idOrName, path);
    }

    @Override
    public void copyToContainer(String idOrName, String directory, InputStream tar, boolean copyUidGid) {
        dockerJava.copyTo(idOrName, directory, tar, copyUidGid);
    }

    @Override
    public ContainerStats stats(String container) {
        return dockerJava.stats(container);
    }

    @Override
    public void close() {
        dockerJava.close();
    }

    /** A call over a hijacked stream, whose I/O failures are the port's exceptions too. */
    private int streaming(String operation, String object, Supplier<Integer> body) {
        try {
            return body.get();
        } catch (UncheckedIOException e) {
            throw api.failure(operation, object, e.getCause());
        }
    }
}
