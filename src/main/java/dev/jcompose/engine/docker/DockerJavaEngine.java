package dev.jcompose.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.CreateNetworkCmd;
import com.github.dockerjava.api.command.ExecCreateCmd;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.jcompose.engine.ApiFeatures;
import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.CreatedContainer;
import dev.jcompose.engine.ContainerStats;
import dev.jcompose.engine.ImageDetails;
import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.HealthProbe;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.EngineInfo;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.LogSink;
import dev.jcompose.engine.LogStream;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.engine.ProgressEvent;
import dev.jcompose.engine.Subscription;
import dev.jcompose.engine.VolumeInfo;
import dev.jcompose.engine.VolumeSpec;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The {@link ContainerEngine} port over docker-java and its zero-dependency HTTP transport. */
public final class DockerJavaEngine implements ContainerEngine {
    /** The newest API docker-java 3.7.1 models; engines speaking a newer one are talked to at this one. */
    static final RemoteApiVersion CLIENT_API = RemoteApiVersion.VERSION_1_44;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** docker-java, set up on first use: commands that only read never need it (see {@link EngineReads}). */
    private volatile DockerClient client;
    private final Endpoint endpoint;
    private final EngineInfo info;
    /** Our own HTTP client, for the requests docker-java cannot make (hijacked streams that half-close). */
    private final EngineHttp http;
    private final Supplier<RegistryCredentials> credentials;

    private final EngineReads reads;

    private DockerJavaEngine(Endpoint endpoint, EngineInfo info, Supplier<RegistryCredentials> credentials) {
        this.endpoint = endpoint;
        this.info = info;
        this.http = new EngineHttp(endpoint, info.negotiatedApiVersion());
        this.reads = new EngineReads(http, endpoint);
        this.credentials = credentials;
    }

    private DockerClient docker() {
        DockerClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = client(endpoint, RemoteApiVersion.parseConfig(info.negotiatedApiVersion()));
                    client = c;
                }
            }
        }
        return c;
    }

    /** Connects to the engine the docker CLI would use from this process's environment. */
    public static DockerJavaEngine connect() {
        return connect(EndpointResolver.system().resolve());
    }

    /**
     * Connects and negotiates the API version: asks the engine for its version over an unversioned path, then talks
     * at min(engine's, ours).
     */
    public static DockerJavaEngine connect(Endpoint endpoint) {
        return connect(endpoint, () -> RegistryCredentials.forEnvironment(System.getenv()));
    }

    /** Connects as {@link #connect(Endpoint)}; pulls and pushes authenticate with what {@code credentials} gives. */
    public static DockerJavaEngine connect(Endpoint endpoint, Supplier<RegistryCredentials> credentials) {
        EngineInfo info;
        try {
            info = EngineReads.version(endpoint, CLIENT_API.getVersion());
        } catch (dev.jcompose.engine.EngineUnreachableException e) {
            throw e;
        } catch (EngineException e) {
            throw new dev.jcompose.engine.EngineUnreachableException(
                    List.of(endpoint.describe() + ": " + e.engineMessage()), e);
        }
        return new DockerJavaEngine(endpoint, info, credentials);
    }

    private static DockerClient client(Endpoint endpoint, RemoteApiVersion apiVersion) {
        EndpointClientConfig config = new EndpointClientConfig(endpoint, apiVersion);
        // responseTimeout stays unset: followed logs, events and waits legitimately stay silent for hours.
        var http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .build();
        return DockerClientImpl.getInstance(config, http);
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
        return call("inspect container", idOrName,
                () -> ResponseMapper.details(docker().inspectContainerCmd(idOrName).exec()));
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        return createContainerReporting(spec).id();
    }

    @Override
    public void startContainer(String idOrName) {
        run("start container", idOrName, () -> {
            try {
                docker().startContainerCmd(idOrName).exec();
            } catch (NotModifiedException alreadyStarted) {
                // the desired state holds already
            }
        });
    }

    @Override
    public void stopContainer(String idOrName, Duration timeout) {
        run("stop container", idOrName, () -> {
            try {
                docker().stopContainerCmd(idOrName).withTimeout((int) timeout.toSeconds()).exec();
            } catch (NotModifiedException alreadyStopped) {
                // the desired state holds already
            }
        });
    }

    @Override
    public void killContainer(String idOrName, String signal) {
        run("kill container", idOrName, () -> docker().killContainerCmd(idOrName).withSignal(signal).exec());
    }

    @Override
    public void removeContainer(String idOrName, boolean force, boolean removeAnonymousVolumes) {
        run("remove container", idOrName, () -> docker().removeContainerCmd(idOrName).withForce(force)
                .withRemoveVolumes(removeAnonymousVolumes).exec());
    }

    @Override
    public void renameContainer(String idOrName, String newName) {
        run("rename container", idOrName, () -> docker().renameContainerCmd(idOrName).withName(newName).exec());
    }

    @Override
    public int waitContainer(String idOrName) {
        return call("wait for container", idOrName, () -> docker().waitContainerCmd(idOrName)
                .exec(new WaitContainerResultCallback()).awaitStatusCode());
    }

    @Override
    public void connectNetwork(String network, String container, NetworkAttachmentSpec attachment) {
        run("connect container " + container + " to network", network, () -> {
            ContainerNetwork endpointConfig = new ContainerNetwork();
            if (attachment != null) {
                endpointConfig.withAliases(attachment.aliases());
                if (attachment.ipv4Address() != null || attachment.ipv6Address() != null) {
                    endpointConfig.withIpamConfig(new ContainerNetwork.Ipam()
                            .withIpv4Address(attachment.ipv4Address()).withIpv6Address(attachment.ipv6Address()));
                }
                if (attachment.macAddress() != null) endpointConfig.withMacAddress(attachment.macAddress());
            }
            docker().connectToNetworkCmd().withNetworkId(network).withContainerId(container)
                    .withContainerNetwork(endpointConfig).exec();
        });
    }

    @Override
    public void disconnectNetwork(String network, String container, boolean force) {
        run("disconnect container " + container + " from network", network, () -> docker().disconnectFromNetworkCmd()
                .withNetworkId(network).withContainerId(container).withForce(force).exec());
    }

    @Override
    public Subscription logs(String idOrName, LogOptions options, LogSink sink) {
        LogContainerCmd cmd = docker().logContainerCmd(idOrName).withStdOut(true).withStdErr(true)
                .withFollowStream(options.follow()).withTimestamps(options.timestamps());
        if (options.tail() != null) cmd.withTail(options.tail());
        if (options.since() != null) cmd.withSince((int) options.since().getEpochSecond());
        if (options.until() != null) cmd.withUntil((int) options.until().getEpochSecond());
        StreamCallback<Frame> callback = new StreamCallback<>(frame -> deliver(frame, sink));
        return stream("logs of container", idOrName, () -> cmd.exec(callback), callback, !options.follow());
    }

    private static void deliver(Frame frame, LogSink sink) {
        // docker-java reuses payload buffers between frames: hand the receiver its own copy.
        byte[] payload = frame.getPayload() == null ? new byte[0] : frame.getPayload().clone();
        sink.accept(frame.getStreamType() == StreamType.STDERR ? LogStream.STDERR : LogStream.STDOUT, payload);
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
        return call("create network", spec.name(), () -> {
            CreateNetworkCmd cmd = docker().createNetworkCmd().withName(spec.name())
                    .withDriver(spec.driver() == null ? "bridge" : spec.driver())
                    .withOptions(spec.options()).withLabels(spec.labels()).withInternal(spec.internal())
                    .withAttachable(spec.attachable()).withEnableIpv6(spec.enableIpv6())
                    .withCheckDuplicate(true);
            if (spec.ipamDriver() != null || !spec.ipamPools().isEmpty()) {
                Network.Ipam ipam = new Network.Ipam().withDriver(spec.ipamDriver() == null ? "default" : spec.ipamDriver());
                List<Network.Ipam.Config> pools = new ArrayList<>();
                spec.ipamPools().forEach(p -> pools.add(new Network.Ipam.Config().withSubnet(p.subnet())
                        .withIpRange(p.ipRange()).withGateway(p.gateway())));
                cmd.withIpam(ipam.withConfig(pools));
            }
            return cmd.exec().getId();
        });
    }

    @Override
    public void removeNetwork(String idOrName) {
        run("remove network", idOrName, () -> docker().removeNetworkCmd(idOrName).exec());
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
        return call("create volume", spec.name(), () -> {
            var created = docker().createVolumeCmd().withName(spec.name())
                    .withDriver(spec.driver() == null ? "local" : spec.driver())
                    .withDriverOpts(spec.options()).withLabels(spec.labels()).exec();
            return new VolumeInfo(created.getName(), created.getDriver(), created.getMountpoint(), spec.options(),
                    spec.labels());
        });
    }

    @Override
    public void removeVolume(String name, boolean force) {
        // docker-java's remove volume has no force flag; the engine only needs it for plugin volumes in use.
        run("remove volume", name, () -> docker().removeVolumeCmd(name).exec());
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
        run("remove image", reference, () -> docker().removeImageCmd(reference).withForce(force).exec());
    }

    @Override
    public String buildImage(InputStream contextTar, BuildSpec spec, Consumer<ProgressEvent> progress) {
        String label = spec.tags().isEmpty() ? "(untagged)" : spec.tags().get(0);
        return call("build image", label, () -> {
            BuildImageCmd cmd = docker().buildImageCmd(contextTar).withTags(new HashSet<>(spec.tags()))
                    .withNoCache(spec.noCache()).withPull(spec.pull()).withRemove(true).withForcerm(true).withLabels(spec.labels());
            if (spec.dockerfile() != null) cmd.withDockerfilePath(spec.dockerfile());
            if (spec.target() != null) cmd.withTarget(spec.target());
            spec.buildArgs().forEach(cmd::withBuildArg);
            BuildOptions.apply(spec, cmd);
            BuildImageResultCallback callback = new BuildImageResultCallback() {
                @Override
                public void onNext(BuildResponseItem item) {
                    progress.accept(progressEvent(item));
                    super.onNext(item);
                }
            };
            return cmd.exec(callback).awaitImageId();
        });
    }

    @Override
    public void pullImage(String reference, Consumer<ProgressEvent> progress) {
        run("pull image", reference, () -> {
            var cmd = docker().pullImageCmd(reference);
            auth("pull image", reference).ifPresent(cmd::withAuthConfig);
            cmd.exec(new RegistryStream<PullResponseItem>("pull image", reference, progress)).awaitSuccess();
        });
    }

    static ProgressEvent progressEvent(ResponseItem item) {
        String detail = item.getStream();
        ResponseItem.ProgressDetail bytes = item.getProgressDetail();
        if (detail == null && bytes != null && bytes.getCurrent() != null && bytes.getTotal() != null) {
            detail = bytes.getCurrent() + "/" + bytes.getTotal() + " bytes";
        }
        return new ProgressEvent(item.getId(), item.getStatus(), detail);
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
        StreamCallback<Event> callback = new StreamCallback<>(e -> listener.accept(ResponseMapper.event(e)),
                failure -> onEnd.accept(failure == null
                        ? new EngineException("events", "", "the engine closed the event stream")
                        : EngineErrors.translate("events", "", asRuntime(failure), endpoint)));
        return stream("events", "", () -> docker().eventsCmd()
                .withLabelFilter(labelFilters(labelFilter).toArray(String[]::new)).exec(callback), callback, false);
    }

    private static RuntimeException asRuntime(Throwable t) {
        return t instanceof RuntimeException r ? r : new RuntimeException(t.getMessage(), t);
    }

    // exec

    @Override
    public String execCreate(String container, ExecSpec spec) {
        return call("create exec in container", container, () -> {
            ExecCreateCmd cmd = docker().execCreateCmd(container).withCmd(spec.cmd().toArray(String[]::new))
                    .withAttachStdout(true).withAttachStderr(true).withAttachStdin(spec.attachStdin())
                    .withTty(spec.tty()).withPrivileged(spec.privileged());
            List<String> env = new ArrayList<>();
            spec.env().forEach((k, v) -> env.add(v == null ? k : k + "=" + v));
            if (!env.isEmpty()) cmd.withEnv(env);
            if (spec.user() != null) cmd.withUser(spec.user());
            if (spec.workingDir() != null) cmd.withWorkingDir(spec.workingDir());
            return cmd.exec().getId();
        });
    }

    @Override
    public int execStart(String execId, InputStream stdin, LogSink sink) {
        return call("run exec", execId, () -> {
            // docker-java's hijacked exec never half-closes its output, so a command reading stdin to its end would
            // wait forever: the stream is our own.
            try (HijackedStream stream = http.upgrade("run exec", execId, "POST", "/exec/" + execId + "/start",
                    "{\"Detach\":false,\"Tty\":false}")) {
                StreamPump.run(stream, stdin, sink, false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return execExitCode(execId);
        });
    }

    /** The exit code of an exec whose output has ended; the engine may record its end a moment after. */
    private int execExitCode(String execId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long pause = 1;
        while (true) {
            var inspected = docker().inspectExecCmd(execId).exec();
            if (!Boolean.TRUE.equals(inspected.isRunning()) || System.nanoTime() > deadline) {
                Long exitCode = inspected.getExitCodeLong();
                return exitCode == null ? -1 : exitCode.intValue();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("run exec", execId, "interrupted", e);
            }
            pause = Math.min(pause * 2, 50);
        }
    }

    @Override
    public void close() {
        DockerClient c = client;
        if (c == null) return;
        try {
            c.close();
        } catch (IOException e) {
            throw new EngineException("close connection", endpoint.host().toString(), e.getMessage(), e);
        }
    }

    // --- rollout ---

    @Override
    public List<HealthProbe> healthProbes(String container) {
        return call("inspect container", container, () -> {
            var health = docker().inspectContainerCmd(container).exec().getState().getHealth();
            if (health == null || health.getLog() == null) return List.of();
            List<HealthProbe> out = new ArrayList<>();
            for (var probe : health.getLog()) {
                Long code = probe.getExitCodeLong();
                out.add(new HealthProbe(ResponseMapper.instant(probe.getStart()), code == null ? -1 : code.intValue(),
                        probe.getOutput() == null ? "" : probe.getOutput()));
            }
            return out;
        });
    }

    // plumbing

    /** Starts a streaming call; a finite stream is awaited here so its failures surface as this call's. */
    private Subscription stream(String operation, String object, Runnable start, StreamCallback<?> callback,
                                boolean awaitEnd) {
        run(operation, object, start);
        if (awaitEnd) {
            run(operation, object, callback::awaitEnd);
        }
        return callback::closeQuietly;
    }

    private <T> T call(String operation, String object, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw EngineErrors.translate(operation, object, e, endpoint);
        }
    }

    private void run(String operation, String object, Runnable body) {
        call(operation, object, () -> {
            body.run();
            return null;
        });
    }

    private static <T> Optional<T> optional(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static List<String> labelFilters(Map<String, String> labelFilter) {
        List<String> out = new ArrayList<>();
        labelFilter.forEach((k, v) -> out.add(v == null ? k : k + "=" + v));
        return out;
    }

    /** A docker-java stream callback that forwards items and remembers how the stream ended. */
    private static final class StreamCallback<T> extends ResultCallback.Adapter<T> {
        private final Consumer<T> onItem;
        /** Told (once, null = a clean end) when the stream ends without our closing it. */
        private final Consumer<Throwable> onUnexpectedEnd;
        private final java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();

        StreamCallback(Consumer<T> onItem) {
            this(onItem, failure -> {
            });
        }

        StreamCallback(Consumer<T> onItem, Consumer<Throwable> onUnexpectedEnd) {
            this.onItem = onItem;
            this.onUnexpectedEnd = onUnexpectedEnd;
        }

        @Override
        public void onNext(T item) {
            onItem.accept(item);
        }

        @Override
        public void onError(Throwable throwable) {
            super.onError(throwable);
            if (ended.compareAndSet(false, true)) onUnexpectedEnd.accept(throwable);
        }

        @Override
        public void onComplete() {
            super.onComplete();
            if (ended.compareAndSet(false, true)) onUnexpectedEnd.accept(null);
        }

        /** Blocks until the stream ends; rethrows the stream's failure. */
        void awaitEnd() {
            try {
                awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly();
                throw new EngineException("stream", "", "interrupted", e);
            }
        }

        void closeQuietly() {
            ended.set(true);
            try {
                close();
            } catch (IOException ignored) {
                // closing a finished or broken stream has nothing left to report
            }
        }
    }

    // --- exec-run: exec, run, pause, top, cp ---

    @Override
    public void execStartDetached(String execId) {
        run("start exec", execId, () -> {
            try (EngineHttp.Response ignored = http.send("start exec", execId, "POST", "/exec/" + execId + "/start",
                    "{\"Detach\":true,\"Tty\":false}")) {
                // answered: the command runs in the background
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Override
    public int startAttached(String idOrName, InputStream stdin, LogSink sink) {
        return call("run container", idOrName, () -> {
            var inspected = docker().inspectContainerCmd(idOrName).exec();
            boolean tty = Boolean.TRUE.equals(inspected.getConfig().getTty());
            String id = inspected.getId();
            // The wait is registered before the start (the engine answers its headers at once), so the exit code
            // is known even when the engine removes the container as it exits; for such a container it answers
            // once the container is gone, as `docker run --rm` does.
            try (EngineHttp.Response wait = http.send("wait for container", id, "POST",
                    "/containers/" + id + "/wait?condition=" + waitCondition(inspected), null);
                 HijackedStream stream = http.upgrade("attach to container", id, "POST", "/containers/" + id
                         + "/attach?stream=1&stdout=1&stderr=1" + (stdin != null ? "&stdin=1" : ""), null)) {
                startContainer(id);
                StreamPump.run(stream, stdin, sink, tty);
                return exitCode(id, wait.bodyText());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** An auto-removed container's run ends when it is gone, as {@code docker run --rm} does; others at exit. */
    private static String waitCondition(com.github.dockerjava.api.command.InspectContainerResponse inspected) {
        boolean autoRemove = inspected.getHostConfig() != null
                && Boolean.TRUE.equals(inspected.getHostConfig().getAutoRemove());
        return autoRemove ? "removed" : "next-exit";
    }

    private static int exitCode(String container, String waitAnswer) {
        Object answer;
        try {
            answer = JsonTree.parse(waitAnswer);
        } catch (IOException e) {
            throw new EngineException("wait for container", container, "unreadable answer \"" + waitAnswer + "\"", e);
        }
        String error = JsonTree.text(JsonTree.at(answer, "Error", "Message"));
        if (!error.isEmpty()) {
            throw new EngineException("wait for container", container, error);
        }
        if (!(JsonTree.at(answer, "StatusCode") instanceof Long code)) {
            throw new EngineException("wait for container", container, "no exit code in \"" + waitAnswer + "\"");
        }
        return code.intValue();
    }

    @Override
    public void pauseContainer(String idOrName) {
        run("pause container", idOrName, () -> docker().pauseContainerCmd(idOrName).exec());
    }

    @Override
    public void unpauseContainer(String idOrName) {
        run("unpause container", idOrName, () -> docker().unpauseContainerCmd(idOrName).exec());
    }

    @Override
    public dev.jcompose.engine.ProcessList listProcesses(String idOrName) {
        return call("list processes of container", idOrName, () -> {
            var top = docker().topContainerCmd(idOrName).exec();
            List<String> titles = top.getTitles() == null ? List.of() : List.of(top.getTitles());
            List<List<String>> rows = new ArrayList<>();
            if (top.getProcesses() != null) {
                for (String[] row : top.getProcesses()) rows.add(List.of(row));
            }
            return new dev.jcompose.engine.ProcessList(titles, rows);
        });
    }

    @Override
    public Optional<dev.jcompose.engine.PathStat> statPath(String idOrName, String path) {
        String object = idOrName + ":" + path;
        try (EngineHttp.Response answer = http.send("inspect path in container", object, "HEAD",
                "/containers/" + idOrName + "/archive?path=" + urlEncode(path), null)) {
            return Optional.of(ResponseMapper.pathStat(answer.header("X-Docker-Container-Path-Stat")));
        } catch (NotFoundException e) {
            // HEAD answers carry no message: a missing container and a missing path both answer 404.
            inspectContainer(idOrName);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw EngineErrors.translate("inspect path in container", object,
                    e instanceof RuntimeException r ? r : new java.io.UncheckedIOException((IOException) e), endpoint);
        }
    }

    @Override
    public InputStream copyFromContainer(String idOrName, String path) {
        return call("copy from container", idOrName + ":" + path,
                () -> docker().copyArchiveFromContainerCmd(idOrName, path).exec());
    }

    @Override
    public void copyToContainer(String idOrName, String directory, InputStream tar, boolean copyUidGid) {
        run("copy to container", idOrName + ":" + directory, () -> docker().copyArchiveToContainerCmd(idOrName)
                .withRemotePath(directory).withTarInputStream(tar).withNoOverwriteDirNonDir(true)
                .withCopyUIDGID(copyUidGid).exec());
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    // --- shell ---

    @Override
    public int execStartTty(String execId, InputStream keys, LogSink sink, Runnable onStarted) {
        return call("run exec", execId, () -> {
            try (HijackedStream stream = http.upgrade("run exec", execId, "POST", "/exec/" + execId + "/start",
                    "{\"Detach\":false,\"Tty\":true}")) {
                onStarted.run();
                StreamPump.run(stream, keys, sink, true);
                keys.close(); // the command has ended: keys typed from now on are for whatever comes next
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return execExitCode(execId);
        });
    }

    /** The engine waits (up to 10 s) for a just-started exec to be running before it resizes it. */
    @Override
    public void resizeExec(String execId, int rows, int columns) {
        run("resize exec", execId, () -> docker().resizeExecCmd(execId).withSize(rows, columns).exec());
    }

    @Override
    public int startAttachedTty(String idOrName, InputStream keys, LogSink sink, Runnable onStarted) {
        return call("run container", idOrName, () -> {
            var inspected = docker().inspectContainerCmd(idOrName).exec();
            // As startAttached: the wait is registered first, so the exit code survives an auto-removed container,
            // and for such a container it answers once the container is gone (the caller's next command may list it).
            try (EngineHttp.Response wait = http.send("wait for container", idOrName, "POST",
                    "/containers/" + idOrName + "/wait?condition=" + waitCondition(inspected), null);
                 HijackedStream stream = http.upgrade("attach to container", idOrName, "POST", "/containers/"
                         + idOrName + "/attach?stream=1&stdin=1&stdout=1&stderr=1", null)) {
                startContainer(idOrName);
                onStarted.run();
                StreamPump.run(stream, keys, sink, true);
                keys.close(); // the container has stopped: keys typed from now on are for whatever comes next
                return exitCode(idOrName, wait.bodyText());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Override
    public void resizeContainer(String idOrName, int rows, int columns) {
        run("resize container", idOrName, () -> docker().resizeContainerCmd(idOrName).withSize(rows, columns).exec());
    }

    // --- build-pull ---

    @Override
    public void pushImage(String reference, Consumer<ProgressEvent> progress) {
        ImageName name = ImageName.parse(reference);
        run("push image", reference, () -> {
            var cmd = docker().pushImageCmd(name.repository()).withTag(name.tag());
            auth("push image", reference).ifPresent(cmd::withAuthConfig);
            cmd.exec(new RegistryStream<PushResponseItem>("push image", reference, progress)).awaitSuccess();
        });
    }

    @Override
    public Optional<ImageDetails> inspectImage(String reference) {
        return optional(() -> call("inspect image", reference,
                () -> ImageDetailsMapper.details(docker().inspectImageCmd(reference).exec())));
    }

    @Override
    public ContainerStats stats(String container) {
        return call("read stats of container", container, () -> {
            java.util.concurrent.atomic.AtomicReference<Statistics> first = new java.util.concurrent.atomic.AtomicReference<>();
            StreamCallback<Statistics> one = new StreamCallback<>(s -> first.compareAndSet(null, s));
            docker().statsCmd(container).withNoStream(true).exec(one);
            one.awaitEnd();
            if (first.get() == null) {
                throw new EngineException("read stats of container", container, "the engine sent no sample");
            }
            return StatsMapper.stats(container, first.get());
        });
    }

    /** The credentials for the image's registry; a lookup that cannot be done fails the call that needed it. */
    private Optional<AuthConfig> auth(String operation, String reference) {
        try {
            return credentials.get().forImage(reference).map(a -> new AuthConfig()
                    .withRegistryAddress(a.serverAddress()).withUsername(a.username()).withPassword(a.password())
                    .withIdentityToken(a.identityToken()));
        } catch (RegistryCredentials.Unavailable e) {
            throw new EngineException(operation, reference, e.getMessage(), e);
        }
    }

    /**
     * A pull or push stream: forwards progress and remembers the first error the engine reports inside the stream
     * (an unreachable or refusing registry shows up there, not as an HTTP status).
     */
    private static final class RegistryStream<T extends ResponseItem> extends ResultCallback.Adapter<T> {
        private final String operation;
        private final String reference;
        private final Consumer<ProgressEvent> progress;
        private volatile String error;

        RegistryStream(String operation, String reference, Consumer<ProgressEvent> progress) {
            this.operation = operation;
            this.reference = reference;
            this.progress = progress;
        }

        @Override
        public void onNext(T item) {
            if (item.isErrorIndicated()) {
                if (error == null) {
                    error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                            ? item.getErrorDetail().getMessage() : item.getError();
                }
                return;
            }
            progress.accept(progressEvent(item));
        }

        void awaitSuccess() {
            try {
                awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException(operation, reference, "interrupted", e);
            }
            if (error != null) throw new EngineException(operation, reference, error);
        }
    }

    // --- spec ---

    @Override
    public CreatedContainer createContainerReporting(ContainerSpec requested) {
        ApiFeatures.CreateRequest request = ApiFeatures.adapt(requested, info.negotiatedApiVersion());
        ContainerSpec spec = request.spec();
        String label = spec.name() == null ? spec.image() : spec.name();
        CreateContainerResponse response = call("create container", label, () -> {
            CreateContainerCmd cmd = docker().createContainerCmd(spec.image());
            ContainerSpecMapper.apply(spec, cmd, SeccompProfiles::inline);
            return cmd.exec();
        });
        String id = response.getId();
        // API < 1.44 joins one network at create; the others are joined before the container ever starts.
        if (spec.networkMode() == null) {
            spec.networks().entrySet().stream().skip(1)
                    .forEach(e -> connectNetwork(e.getKey(), id, e.getValue()));
        }
        List<String> warnings = new ArrayList<>(request.warnings());
        if (response.getWarnings() != null) {
            for (String w : response.getWarnings()) {
                if (w != null && !w.isBlank()) warnings.add(w.strip());
            }
        }
        return new CreatedContainer(id, warnings);
    }
}
