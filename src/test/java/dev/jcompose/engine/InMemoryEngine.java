package dev.jcompose.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An engine in memory: containers, networks, volumes and images in maps, with the real engine's name conflicts,
 * label filters, state transitions, wait and events. It runs no processes: what a container's command does when
 * started comes from a {@link Program} lookup; a command it does not know runs until stopped and prints nothing.
 */
public final class InMemoryEngine implements ContainerEngine {

    /** What a command does when it runs to completion: its exit code and output. */
    public record Program(int exitCode, String stdout, String stderr) {
    }

    private static final class Container {
        final String id;
        String name;
        final ContainerSpec spec;
        final Instant created = Instant.now();
        final Map<String, NetworkAttachment> networks = new LinkedHashMap<>();
        final List<Map.Entry<LogStream, byte[]>> output = new ArrayList<>();
        /** As the engine reports them: anonymous volumes carry the random name they were given at create. */
        final List<MountInfo> mounts = new ArrayList<>();
        String status = "created";
        String health;
        int exitCode;
        Instant startedAt;
        Instant finishedAt;
        String imageId;

        Container(String id, ContainerSpec spec) {
            this.id = id;
            this.name = spec.name() == null ? "c" + id.substring(0, 12) : spec.name();
            this.spec = spec;
        }
    }

    private record Listener(Map<String, String> filter, Consumer<EngineEvent> consumer) {
    }

    private final Function<List<String>, Program> programs;
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final Map<String, NetworkInfo> networks = new LinkedHashMap<>();
    private final Map<String, VolumeInfo> volumes = new LinkedHashMap<>();
    private final Map<String, ImageInfo> images = new LinkedHashMap<>();
    private final Map<String, ExecSpec> execs = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public InMemoryEngine(Function<List<String>, Program> programs) {
        this.programs = programs;
        NetworkInfo bridge = new NetworkInfo(newId(), "bridge", "bridge", false, false, Map.of(), Map.of(), List.of());
        networks.put(bridge.id(), bridge);
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo("in-memory", "1.41", "1.41", "linux", "amd64");
    }

    // containers

    @Override
    public synchronized List<ContainerSummary> listContainers(Map<String, String> labelFilter) {
        return containers.values().stream().filter(c -> matches(c.spec.labels(), labelFilter))
                .map(this::summary).toList();
    }

    @Override
    public synchronized ContainerDetails inspectContainer(String idOrName) {
        Container c = container("inspect container", idOrName);
        ContainerState state = new ContainerState(c.status, c.status.equals("running"), c.exitCode, c.health, false,
                c.startedAt, c.finishedAt, null);
        List<MountInfo> mounts = List.copyOf(c.mounts);
        return new ContainerDetails(c.id, c.name, c.spec.image(), c.imageId, c.created,
                c.spec.labels(), c.spec.envList(), orEmpty(c.spec.cmd()), orEmpty(c.spec.entrypoint()),
                c.spec.workingDir(), c.spec.user(), c.spec.hostname(), mounts, c.networks, ports(c), state, 0,
                c.spec.restartPolicy().name(), settings(c.spec));
    }

    @Override
    public synchronized String createContainer(ContainerSpec spec) {
        return createContainerReporting(spec).id();
    }

    private String create(ContainerSpec spec) {
        if (spec.name() != null && containers.values().stream().anyMatch(c -> c.name.equals(spec.name()))) {
            throw new ConflictException("create container", spec.name(),
                    "Conflict. The container name \"/" + spec.name() + "\" is already in use");
        }
        for (String network : spec.networks().keySet()) {
            network("create container", network);
        }
        Container c = new Container(newId(), spec);
        ImageInfo image = images.get(spec.image());
        c.imageId = image != null ? image.id() : "sha256:" + spec.image().hashCode();
        for (MountSpec m : spec.mounts()) {
            if (m.type() == MountType.VOLUME) {
                String name = m.source() == null ? newId() : m.source();
                String path = "/var/lib/docker/volumes/" + name + "/_data";
                volumes.putIfAbsent(name, new VolumeInfo(name, "local", path, Map.of(), Map.of()));
                c.mounts.add(new MountInfo(MountType.VOLUME, name, path, m.target(), !m.readOnly()));
            } else if (m.type() == MountType.BIND) {
                c.mounts.add(new MountInfo(MountType.BIND, null, m.source(), m.target(), !m.readOnly()));
            }
        }
        spec.networks().forEach((name, attachment) -> c.networks.put(network("create container", name).name(),
                new NetworkAttachment(attachment == null ? List.of() : attachment.aliases(), null, null)));
        if (spec.networks().isEmpty() && spec.networkMode() == null) {
            c.networks.put("bridge", new NetworkAttachment(List.of(), null, null));
        }
        containers.put(c.id, c);
        emit(c, "create");
        return c.id;
    }

    @Override
    public synchronized void startContainer(String idOrName) {
        Container c = container("start container", idOrName);
        if (c.status.equals("running")) {
            return;
        }
        c.status = "running";
        c.startedAt = Instant.now();
        if (c.spec.healthcheck() != null && !c.spec.healthcheck().test().equals(List.of("NONE"))) {
            c.health = "starting";
        }
        emit(c, "start");
        List<String> command = c.spec.cmd() == null ? List.of() : c.spec.cmd();
        Program program = programs.apply(command);
        if (program != null) {
            append(c, LogStream.STDOUT, program.stdout());
            append(c, LogStream.STDERR, program.stderr());
            exit(c, program.exitCode());
        }
    }

    /**
     * What a healthcheck would report: sets a running container's health ("healthy", "unhealthy") and emits
     * {@code health_status: <status>} as the engine does.
     */
    public synchronized void reportHealth(String idOrName, String status) {
        Container c = container("report health of container", idOrName);
        if (c.health == null || !c.status.equals("running")) {
            throw new IllegalStateException(c.name + " is not running with a healthcheck");
        }
        c.health = status;
        emit(c, "health_status: " + status);
    }

    @Override
    public synchronized void stopContainer(String idOrName, Duration timeout) {
        Container c = container("stop container", idOrName);
        if (c.status.equals("running")) {
            emit(c, "kill");
            exit(c, 137);
            emit(c, "stop");
        }
    }

    @Override
    public synchronized void killContainer(String idOrName, String signal) {
        Container c = container("kill container", idOrName);
        if (!c.status.equals("running")) {
            throw new ConflictException("kill container", idOrName, "Container " + c.id + " is not running");
        }
        emit(c, "kill");
        exit(c, 137);
    }

    @Override
    public synchronized void removeContainer(String idOrName, boolean force, boolean removeAnonymousVolumes) {
        Container c = container("remove container", idOrName);
        if (c.status.equals("running") && !force) {
            throw new ConflictException("remove container", idOrName,
                    "You cannot remove a running container " + c.id + ". Stop the container before attempting removal or force remove");
        }
        if (c.status.equals("running")) {
            exit(c, 137);
        }
        containers.remove(c.id);
        if (removeAnonymousVolumes) {
            // Only the volumes the engine named itself at create: 64 hex digits, as the real engine names them.
            c.mounts.stream().filter(m -> m.type() == MountType.VOLUME && m.name().matches("[0-9a-f]{64}"))
                    .forEach(m -> volumes.remove(m.name()));
        }
        emit(c, "destroy");
    }

    @Override
    public synchronized void renameContainer(String idOrName, String newName) {
        Container c = container("rename container", idOrName);
        if (containers.values().stream().anyMatch(o -> o != c && o.name.equals(newName))) {
            throw new ConflictException("rename container", idOrName,
                    "Conflict. The container name \"/" + newName + "\" is already in use");
        }
        c.name = newName;
        emit(c, "rename");
    }

    @Override
    public synchronized int waitContainer(String idOrName) {
        Container c = container("wait for container", idOrName);
        while (c.status.equals("running") || c.status.equals("created")) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("wait for container", idOrName, "interrupted", e);
            }
        }
        return c.exitCode;
    }

    @Override
    public synchronized void connectNetwork(String network, String container, NetworkAttachmentSpec attachment) {
        NetworkInfo n = network("connect container " + container + " to network", network);
        Container c = container("connect container " + container + " to network", container);
        if (c.networks.containsKey(n.name())) {
            throw new EngineException("connect container " + container + " to network", network,
                    "endpoint with name " + c.name + " already exists in network " + n.name());
        }
        c.networks.put(n.name(), new NetworkAttachment(attachment == null ? List.of() : attachment.aliases(), null, null));
    }

    @Override
    public synchronized void disconnectNetwork(String network, String container, boolean force) {
        NetworkInfo n = network("disconnect container " + container + " from network", network);
        Container c = container("disconnect container " + container + " from network", container);
        if (c.networks.remove(n.name()) == null) {
            throw new EngineException("disconnect container " + container + " from network", network,
                    "container " + c.id + " is not connected to network " + n.name());
        }
    }

    @Override
    public Subscription logs(String idOrName, LogOptions options, LogSink sink) {
        List<Map.Entry<LogStream, byte[]>> output;
        synchronized (this) {
            output = List.copyOf(container("logs of container", idOrName).output);
        }
        output.forEach(e -> sink.accept(e.getKey(), e.getValue().clone()));
        return () -> { };
    }

    // networks

    @Override
    public synchronized List<NetworkInfo> listNetworks(Map<String, String> labelFilter) {
        return networks.values().stream().filter(n -> matches(n.labels(), labelFilter)).toList();
    }

    @Override
    public synchronized Optional<NetworkInfo> findNetwork(String idOrName) {
        return networks.values().stream().filter(n -> n.id().equals(idOrName) || n.name().equals(idOrName)).findFirst();
    }

    @Override
    public synchronized String createNetwork(NetworkSpec spec) {
        if (findNetwork(spec.name()).isPresent()) {
            throw new ConflictException("create network", spec.name(), "network with name " + spec.name() + " already exists");
        }
        NetworkInfo n = new NetworkInfo(newId(), spec.name(), spec.driver() == null ? "bridge" : spec.driver(),
                spec.internal(), spec.attachable(), spec.options(), spec.labels(), spec.ipamPools());
        networks.put(n.id(), n);
        emit("network", "create", n.id(), n.labels(), n.name());
        return n.id();
    }

    @Override
    public synchronized void removeNetwork(String idOrName) {
        NetworkInfo n = network("remove network", idOrName);
        boolean inUse = containers.values().stream().anyMatch(c -> c.networks.containsKey(n.name()));
        if (inUse) {
            throw new ConflictException("remove network", idOrName, "error while removing network: network "
                    + n.name() + " id " + n.id() + " has active endpoints");
        }
        networks.remove(n.id());
        emit("network", "destroy", n.id(), n.labels(), n.name());
    }

    // volumes

    @Override
    public synchronized List<VolumeInfo> listVolumes(Map<String, String> labelFilter) {
        return volumes.values().stream().filter(v -> matches(v.labels(), labelFilter)).toList();
    }

    @Override
    public synchronized Optional<VolumeInfo> findVolume(String name) {
        return Optional.ofNullable(volumes.get(name));
    }

    @Override
    public synchronized VolumeInfo createVolume(VolumeSpec spec) {
        String name = spec.name() == null ? newId() : spec.name();
        // like the engine: creating an existing volume returns it unchanged
        return volumes.computeIfAbsent(name, n -> new VolumeInfo(n, spec.driver() == null ? "local" : spec.driver(),
                "/var/lib/docker/volumes/" + n + "/_data", spec.options(), spec.labels()));
    }

    @Override
    public synchronized void removeVolume(String name, boolean force) {
        if (!volumes.containsKey(name)) {
            throw new NotFoundException("remove volume", name, "get " + name + ": no such volume");
        }
        boolean inUse = containers.values().stream().flatMap(c -> c.spec.mounts().stream())
                .anyMatch(m -> m.type() == MountType.VOLUME && name.equals(m.source()));
        if (inUse) {
            throw new ConflictException("remove volume", name, "remove " + name + ": volume is in use");
        }
        volumes.remove(name);
    }

    // images

    /** Registers an image as if it had been built or pulled. */
    public synchronized void addImage(String reference, Map<String, String> labels) {
        images.put(reference, new ImageInfo("sha256:" + newId(), List.of(reference), labels, Instant.now(), 0));
    }

    @Override
    public synchronized Optional<ImageInfo> findImage(String reference) {
        return Optional.ofNullable(images.get(reference));
    }

    @Override
    public synchronized List<ImageInfo> listImages(Map<String, String> labelFilter) {
        return images.values().stream().filter(i -> matches(i.labels(), labelFilter)).toList();
    }

    @Override
    public synchronized void removeImage(String reference, boolean force) {
        if (images.remove(reference) == null) {
            throw new NotFoundException("remove image", reference, "No such image: " + reference);
        }
    }

    @Override
    public String buildImage(InputStream contextTar, BuildSpec spec, Consumer<ProgressEvent> progress) {
        try {
            contextTar.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new EngineException("build image", String.join(",", spec.tags()), e.getMessage(), e);
        }
        String id = "sha256:" + newId();
        synchronized (this) {
            spec.tags().forEach(t -> images.put(t, new ImageInfo(id, spec.tags(), spec.labels(), Instant.now(), 0)));
        }
        progress.accept(new ProgressEvent(null, null, "Successfully built " + id + "\n"));
        return id;
    }

    @Override
    public void pullImage(String reference, Consumer<ProgressEvent> progress) {
        throw new EngineException("pull image", reference, "the in-memory engine has no registry");
    }

    // events

    @Override
    public Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener) {
        Listener l = new Listener(Map.copyOf(labelFilter), listener);
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    // exec

    @Override
    public synchronized String execCreate(String container, ExecSpec spec) {
        Container c = container("create exec in container", container);
        if (!c.status.equals("running")) {
            throw new ConflictException("create exec in container", container, "Container " + c.id + " is not running");
        }
        String id = newId();
        execs.put(id, spec);
        return id;
    }


    @Override
    public int execStart(String execId, InputStream stdin, LogSink sink) {
        ExecSpec spec;
        synchronized (this) {
            spec = execs.remove(execId);
        }
        if (spec == null) {
            throw new NotFoundException("run exec", execId, "No such exec instance: " + execId);
        }
        Program program = program(spec.cmd(), spec.attachStdin() ? stdin : null);
        if (program == null) {
            return 0;
        }
        sink.accept(LogStream.STDOUT, program.stdout().getBytes(StandardCharsets.UTF_8));
        sink.accept(LogStream.STDERR, program.stderr().getBytes(StandardCharsets.UTF_8));
        return program.exitCode();
    }

    // --- rollout ---

    private final Map<String, List<HealthProbe>> probes = new LinkedHashMap<>();

    @Override
    public synchronized List<HealthProbe> healthProbes(String container) {
        return List.copyOf(probes.getOrDefault(container("inspect container", container).id, List.of()));
    }

    /** One healthcheck run: recorded with its output, and the health it leads to reported as {@link #reportHealth}. */
    public synchronized void reportProbe(String idOrName, int exitCode, String output) {
        Container c = container("report health of container", idOrName);
        probes.computeIfAbsent(c.id, k -> new ArrayList<>()).add(new HealthProbe(Instant.now(), exitCode, output));
        reportHealth(idOrName, exitCode == 0 ? "healthy" : "unhealthy");
    }

    @Override
    public void close() {
        listeners.clear();
    }

    // internals

    private void exit(Container c, int code) {
        c.status = "exited";
        c.exitCode = code;
        c.finishedAt = Instant.now();
        emit(c, "die");
        notifyAll();
    }

    private static void append(Container c, LogStream stream, String text) {
        if (!text.isEmpty()) {
            c.output.add(Map.entry(stream, text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Container container(String operation, String idOrName) {
        Container byId = containers.get(idOrName);
        if (byId != null) {
            return byId;
        }
        return containers.values().stream().filter(c -> c.name.equals(idOrName)).findFirst()
                .orElseThrow(() -> new NotFoundException(operation, idOrName, "No such container: " + idOrName));
    }

    private NetworkInfo network(String operation, String idOrName) {
        return findNetwork(idOrName)
                .orElseThrow(() -> new NotFoundException(operation, idOrName, "network " + idOrName + " not found"));
    }

    private ContainerSummary summary(Container c) {
        String status = switch (c.status) {
            case "running" -> "Up";
            case "exited" -> "Exited (" + c.exitCode + ")";
            default -> "Created";
        };
        return new ContainerSummary(c.id, c.name, c.spec.image(), c.imageId,
                c.spec.labels(), c.status, status, c.health, c.created, c.status.equals("exited") ? c.exitCode : null,
                ports(c), commandLine(c.spec), List.copyOf(c.mounts), List.copyOf(c.spec.networks().keySet()));
    }

    /**
     * What the engine lists as the command: entrypoint then arguments, an argument with a space in single quotes as
     * Docker writes it (the image's own default is unknown here).
     */
    private static String commandLine(ContainerSpec spec) {
        List<String> words = new ArrayList<>();
        if (spec.entrypoint() != null) words.addAll(spec.entrypoint());
        if (spec.cmd() != null) words.addAll(spec.cmd());
        return String.join(" ", words.stream().map(w -> w.contains(" ") ? "'" + w + "'" : w).toList());
    }

    private static List<PublishedPort> ports(Container c) {
        boolean running = c.status.equals("running");
        return c.spec.ports().stream().map(p -> new PublishedPort(p.containerPort(), p.protocol(),
                running && p.isPublished() ? (p.hostIp() == null ? "0.0.0.0" : p.hostIp()) : null,
                running && p.isPublished() && !p.hostPort().isEmpty() ? Integer.parseInt(p.hostPort().split("-")[0]) : 0))
                .toList();
    }

    private void emit(Container c, String action) {
        Map<String, String> attributes = new LinkedHashMap<>(c.spec.labels());
        attributes.put("name", c.name);
        attributes.put("image", c.spec.image());
        emit("container", action, c.id, c.spec.labels(), attributes);
    }

    private void emit(String type, String action, String id, Map<String, String> labels, String name) {
        Map<String, String> attributes = new LinkedHashMap<>(labels);
        attributes.put("name", name);
        emit(type, action, id, labels, attributes);
    }

    private void emit(String type, String action, String id, Map<String, String> labels, Map<String, String> attributes) {
        EngineEvent event = new EngineEvent(type, action, id, attributes, Instant.now());
        listeners.stream().filter(l -> matches(labels, l.filter())).forEach(l -> l.consumer().accept(event));
    }

    static boolean matches(Map<String, String> labels, Map<String, String> filter) {
        return filter.entrySet().stream().allMatch(f -> labels.containsKey(f.getKey())
                && (f.getValue() == null || f.getValue().equals(labels.get(f.getKey()))));
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static String newId() {
        byte[] bytes = new byte[32];
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        java.nio.ByteBuffer.wrap(bytes).putLong(a.getMostSignificantBits()).putLong(a.getLeastSignificantBits())
                .putLong(b.getMostSignificantBits()).putLong(b.getLeastSignificantBits());
        return HexFormat.of().formatHex(bytes);
    }

    // --- exec-run ---

    private final Map<List<String>, Function<byte[], Program>> stdinPrograms = new java.util.concurrent.ConcurrentHashMap<>();

    /** A command whose result depends on its stdin, which it reads to the end (as a real one would). */
    public InMemoryEngine withStdinProgram(List<String> cmd, Function<byte[], Program> program) {
        stdinPrograms.put(List.copyOf(cmd), program);
        return this;
    }

    /** What {@code cmd} does given {@code stdin} (null = not attached). */
    private Program program(List<String> cmd, InputStream stdin) {
        Function<byte[], Program> reader = stdinPrograms.get(cmd);
        if (reader == null) return programs.apply(cmd);
        try {
            return reader.apply(stdin == null ? new byte[0] : stdin.readAllBytes());
        } catch (IOException e) {
            throw new EngineException("run exec", String.join(" ", cmd), "stdin failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void execStartDetached(String execId) {
        ExecSpec spec;
        synchronized (this) {
            spec = execs.remove(execId);
        }
        if (spec == null) {
            throw new NotFoundException("start exec", execId, "No such exec instance: " + execId);
        }
        program(spec.cmd(), null);
    }

    @Override
    public int startAttached(String idOrName, InputStream stdin, LogSink sink) {
        Container c;
        synchronized (this) {
            c = container("run container", idOrName);
            if (c.status.equals("running")) {
                throw new ConflictException("run container", idOrName, "container " + c.id + " is already running");
            }
            c.status = "running";
            c.startedAt = Instant.now();
            emit(c, "start");
        }
        List<String> command = c.spec.cmd() == null ? List.of() : c.spec.cmd();
        Program program = program(command, c.spec.stdinOpen() ? stdin : null);
        synchronized (this) {
            if (program != null) {
                append(c, LogStream.STDOUT, program.stdout());
                append(c, LogStream.STDERR, program.stderr());
                exit(c, program.exitCode());
            }
        }
        if (program != null) {
            sink.accept(LogStream.STDOUT, program.stdout().getBytes(StandardCharsets.UTF_8));
            sink.accept(LogStream.STDERR, program.stderr().getBytes(StandardCharsets.UTF_8));
        }
        int code = waitContainer(c.id);
        if (c.spec.autoRemove()) {
            synchronized (this) {
                if (containers.remove(c.id) != null) emit(c, "destroy");
            }
        }
        return code;
    }

    @Override
    public synchronized void pauseContainer(String idOrName) {
        Container c = container("pause container", idOrName);
        if (!c.status.equals("running")) {
            throw new ConflictException("pause container", idOrName, "Container " + c.id + " is not running");
        }
        c.status = "paused";
        emit(c, "pause");
    }

    @Override
    public synchronized void unpauseContainer(String idOrName) {
        Container c = container("unpause container", idOrName);
        if (!c.status.equals("paused")) {
            throw new ConflictException("unpause container", idOrName, "Container " + c.id + " is not paused");
        }
        c.status = "running";
        emit(c, "unpause");
    }

    private int nginxWorkers;

    /**
     * A running container runs one process: its command. An nginx runs a master and one worker, a new one each time
     * it is looked at: a reload here completes (new worker up, old one gone) before anyone can look.
     */
    @Override
    public synchronized ProcessList listProcesses(String idOrName) {
        Container c = container("list processes of container", idOrName);
        if (!c.status.equals("running") && !c.status.equals("paused")) {
            throw new ConflictException("list processes of container", idOrName,
                    "Container " + c.id + " is not running");
        }
        List<String> command = new ArrayList<>(orEmpty(c.spec.entrypoint()));
        command.addAll(orEmpty(c.spec.cmd()));
        List<List<String>> rows = new ArrayList<>();
        if (!command.isEmpty() && command.get(0).equals("nginx")) {
            rows.add(process("1", "nginx: master process " + String.join(" ", command)));
            rows.add(process(Integer.toString(1000 + ++nginxWorkers), "nginx: worker process"));
        } else {
            rows.add(process("1", String.join(" ", command)));
        }
        return new ProcessList(List.of("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"), rows);
    }

    private static List<String> process(String pid, String command) {
        return List.of("root", pid, "0", "0", "00:00", "?", "00:00:00", command);
    }

    /** A container's files: absolute paths without a trailing slash; "/" always exists. */
    private final Map<String, java.util.TreeMap<String, FileNode>> files = new java.util.HashMap<>();

    private record FileNode(dev.jcompose.exec.TarEntry.Type type, int mode, byte[] content, String linkTarget,
                            Instant modified) {
    }

    /** The files of committed images, by image id: a container made from one starts with them. */
    private final Map<String, java.util.TreeMap<String, FileNode>> imageFiles = new java.util.HashMap<>();

    private java.util.TreeMap<String, FileNode> files(Container c) {
        return files.computeIfAbsent(c.id, id -> {
            java.util.TreeMap<String, FileNode> committed = imageFiles.get(c.imageId);
            if (committed != null) return new java.util.TreeMap<>(committed);
            java.util.TreeMap<String, FileNode> fs = new java.util.TreeMap<>();
            fs.put("/", new FileNode(dev.jcompose.exec.TarEntry.Type.DIRECTORY, 0755, new byte[0], "", Instant.EPOCH));
            return fs;
        });
    }

    private static String normalize(String path) {
        String p = java.nio.file.Path.of("/").resolve(path).normalize().toString();
        return p.isEmpty() ? "/" : p;
    }

    @Override
    public synchronized Optional<PathStat> statPath(String idOrName, String path) {
        Container c = container("inspect path in container", idOrName);
        String p = normalize(path);
        FileNode node = files(c).get(p);
        if (node == null) return Optional.empty();
        long mode = node.mode();
        if (node.type() == dev.jcompose.exec.TarEntry.Type.DIRECTORY) mode |= PathStat.DIRECTORY;
        if (node.type() == dev.jcompose.exec.TarEntry.Type.SYMLINK) mode = 0777 | PathStat.SYMLINK;
        String name = p.equals("/") ? "/" : p.substring(p.lastIndexOf('/') + 1);
        return Optional.of(new PathStat(name, node.content().length, mode, node.modified(), node.linkTarget()));
    }

    @Override
    public synchronized InputStream copyFromContainer(String idOrName, String path) {
        Container c = container("copy from container", idOrName);
        String p = normalize(path);
        java.util.TreeMap<String, FileNode> fs = files(c);
        if (!fs.containsKey(p)) {
            throw new NotFoundException("copy from container", idOrName + ":" + path,
                    "Could not find the file " + path + " in container " + idOrName);
        }
        // like the engine: "dir/." archives the directory's contents under "."
        String base = p.equals("/") || path.endsWith("/.") ? "." : p.substring(p.lastIndexOf('/') + 1);
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        try {
            dev.jcompose.exec.TarWriter writer = new dev.jcompose.exec.TarWriter(tar);
            String prefix = p.equals("/") ? "/" : p + "/";
            for (var e : fs.entrySet()) {
                String name;
                if (e.getKey().equals(p)) name = base;
                else if (e.getKey().startsWith(prefix)) name = base + "/" + e.getKey().substring(prefix.length());
                else continue;
                FileNode n = e.getValue();
                writer.write(new dev.jcompose.exec.TarEntry(name, n.type(), n.mode(), n.content().length,
                        n.modified(), n.linkTarget(), 0, 0), new java.io.ByteArrayInputStream(n.content()));
            }
            writer.finish();
        } catch (IOException e) {
            throw new EngineException("copy from container", idOrName, e.getMessage(), e);
        }
        return new java.io.ByteArrayInputStream(tar.toByteArray());
    }

    @Override
    public void copyToContainer(String idOrName, String directory, InputStream tar, boolean copyUidGid) {
        String object = idOrName + ":" + directory;
        List<Map.Entry<dev.jcompose.exec.TarEntry, byte[]>> entries = new ArrayList<>();
        try {
            dev.jcompose.exec.TarReader reader = new dev.jcompose.exec.TarReader(tar);
            for (var e = reader.next(); e.isPresent(); e = reader.next()) {
                entries.add(Map.entry(e.get(), reader.content().readAllBytes()));
            }
        } catch (IOException e) {
            throw new EngineException("copy to container", object, "unreadable archive: " + e.getMessage(), e);
        }
        synchronized (this) {
            Container c = container("copy to container", idOrName);
            java.util.TreeMap<String, FileNode> fs = files(c);
            String dir = normalize(directory);
            FileNode target = fs.get(dir);
            if (target == null) {
                throw new NotFoundException("copy to container", object,
                        "Could not find the file " + directory + " in container " + idOrName);
            }
            if (target.type() != dev.jcompose.exec.TarEntry.Type.DIRECTORY) {
                throw new EngineException("copy to container", object, "extraction point is not a directory");
            }
            for (var e : entries) {
                var entry = e.getKey();
                if (entry.name().isEmpty()) continue;
                String p = normalize(dir + "/" + entry.name());
                FileNode existing = fs.get(p);
                boolean isDir = entry.type() == dev.jcompose.exec.TarEntry.Type.DIRECTORY;
                if (existing != null && (existing.type() == dev.jcompose.exec.TarEntry.Type.DIRECTORY) != isDir) {
                    throw new EngineException("copy to container", object, isDir
                            ? "cannot overwrite non-directory \"" + p + "\" with directory \"" + entry.name() + "\""
                            : "cannot overwrite directory \"" + p + "\" with non-directory \"" + entry.name() + "\"");
                }
                for (String parent = parentOf(p); !fs.containsKey(parent); parent = parentOf(parent)) {
                    fs.put(parent, new FileNode(dev.jcompose.exec.TarEntry.Type.DIRECTORY, 0755, new byte[0], "",
                            Instant.now()));
                }
                fs.put(p, new FileNode(entry.type(), entry.mode(), e.getValue(), entry.linkName(), entry.modified()));
            }
        }
    }

    /** Its containers print nothing while attached: the attachment lasts until the container stops or stdin ends. */
    @Override
    public void attachContainer(String idOrName, InputStream stdin, LogSink sink, String detachKeys,
                                Runnable onAttached) {
        Container c;
        synchronized (this) {
            c = container("attach to container", idOrName);
            if (!c.status.equals("running")) {
                throw new ConflictException("attach to container", idOrName,
                        "You cannot attach to a stopped container, start it first");
            }
        }
        onAttached.run();
        boolean[] detached = {false};
        if (stdin != null) {
            Thread reader = new Thread(() -> {
                try {
                    stdin.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException closed) {
                    // the attachment ended
                }
                synchronized (this) {
                    detached[0] = true;
                    notifyAll();
                }
            }, "in-memory-attach");
            reader.setDaemon(true);
            reader.start();
        }
        synchronized (this) {
            while (c.status.equals("running") && !detached[0]) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EngineException("attach to container", idOrName, "interrupted", e);
                }
            }
        }
        try {
            if (stdin != null) stdin.close();
        } catch (IOException e) {
            throw new EngineException("attach to container", idOrName, e.getMessage(), e);
        }
    }

    @Override
    public synchronized String commitContainer(String idOrName, CommitSpec spec) {
        Container c = container("commit container", idOrName);
        String id = "sha256:" + newId();
        imageFiles.put(id, new java.util.TreeMap<>(files(c)));
        ImageInfo image = new ImageInfo(id, spec.reference() == null ? List.of() : List.of(spec.reference()),
                c.spec.labels(), Instant.now(), 0);
        images.put(spec.reference() == null ? id : spec.reference(), image);
        return id;
    }

    @Override
    public synchronized InputStream exportContainer(String idOrName) {
        Container c = container("export container", idOrName);
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        try {
            dev.jcompose.exec.TarWriter writer = new dev.jcompose.exec.TarWriter(tar);
            for (var e : files(c).entrySet()) {
                if (e.getKey().equals("/")) continue;
                FileNode n = e.getValue();
                writer.write(new dev.jcompose.exec.TarEntry(e.getKey().substring(1), n.type(), n.mode(),
                        n.content().length, n.modified(), n.linkTarget(), 0, 0),
                        new java.io.ByteArrayInputStream(n.content()));
            }
            writer.finish();
        } catch (IOException e) {
            throw new EngineException("export container", idOrName, e.getMessage(), e);
        }
        return new java.io.ByteArrayInputStream(tar.toByteArray());
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    // --- shell ---

    /** What a command with a terminal does: reads keys, may look at its window size, writes to its terminal. */
    @FunctionalInterface
    public interface TtyProgram {
        /** @return the exit code */
        int run(InputStream keys, java.util.function.Supplier<List<Integer>> windowSize, java.io.OutputStream terminal)
                throws IOException;
    }

    private final Map<List<String>, TtyProgram> ttyPrograms = new java.util.concurrent.ConcurrentHashMap<>();
    /** Started terminal execs → their window size (rows, columns); 24x80 until resized. */
    private final Map<String, List<Integer>> windowSizes = new java.util.concurrent.ConcurrentHashMap<>();

    public InMemoryEngine withTtyProgram(List<String> cmd, TtyProgram program) {
        ttyPrograms.put(List.copyOf(cmd), program);
        return this;
    }

    @Override
    public int execStartTty(String execId, InputStream keys, LogSink sink, Runnable onStarted) {
        ExecSpec spec;
        synchronized (this) {
            spec = execs.remove(execId);
        }
        if (spec == null) {
            throw new NotFoundException("run exec", execId, "No such exec instance: " + execId);
        }
        if (!spec.tty()) {
            throw new EngineException("run exec", execId, "the exec was created without a terminal");
        }
        windowSizes.put(execId, List.of(24, 80));
        try {
            onStarted.run();
            TtyProgram tty = ttyPrograms.get(spec.cmd());
            java.io.OutputStream terminal = new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    sink.accept(LogStream.STDOUT, new byte[] {(byte) b});
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    sink.accept(LogStream.STDOUT, java.util.Arrays.copyOfRange(b, off, off + len));
                }
            };
            if (tty != null) {
                int code = tty.run(keys, () -> windowSizes.get(execId), terminal);
                keys.close();
                return code;
            }
            keys.close();
            Program program = programs.apply(spec.cmd());
            if (program == null) return 0;
            // A terminal has one output, and its line discipline ends lines with CR LF.
            terminal.write((program.stdout() + program.stderr()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            return program.exitCode();
        } catch (IOException e) {
            throw new EngineException("run exec", execId, e.getMessage(), e);
        } finally {
            windowSizes.remove(execId);
        }
    }

    @Override
    public void resizeExec(String execId, int rows, int columns) {
        if (windowSizes.computeIfPresent(execId, (id, old) -> List.of(rows, columns)) == null) {
            synchronized (this) {
                if (!execs.containsKey(execId)) {
                    throw new NotFoundException("resize exec", execId, "No such exec instance: " + execId);
                }
            }
            throw new ConflictException("resize exec", execId, "exec " + execId + " is not running");
        }
    }

    @Override
    public int startAttachedTty(String idOrName, InputStream keys, LogSink sink, Runnable onStarted) {
        Container c;
        synchronized (this) {
            c = container("run container", idOrName);
            if (c.status.equals("running")) {
                throw new ConflictException("run container", idOrName, "container " + c.id + " is already running");
            }
            if (!c.spec.tty()) {
                throw new EngineException("run container", idOrName, "the container was created without a terminal");
            }
            c.status = "running";
            c.startedAt = Instant.now();
            emit(c, "start");
        }
        windowSizes.put(c.id, List.of(24, 80));
        int code;
        try {
            onStarted.run();
            List<String> command = c.spec.cmd() == null ? List.of() : c.spec.cmd();
            java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
            TtyProgram tty = ttyPrograms.get(command);
            if (tty != null) {
                code = tty.run(keys, () -> windowSizes.get(c.id), shown);
            } else {
                Program program = programs.apply(command);
                if (program == null) return waitContainer(c.id);
                shown.writeBytes((program.stdout() + program.stderr()).replace("\n", "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                code = program.exitCode();
            }
            keys.close();
            sink.accept(LogStream.STDOUT, shown.toByteArray());
            synchronized (this) {
                append(c, LogStream.STDOUT, shown.toString(StandardCharsets.UTF_8));
                exit(c, code);
            }
        } catch (IOException e) {
            throw new EngineException("run container", idOrName, e.getMessage(), e);
        } finally {
            windowSizes.remove(c.id);
        }
        if (c.spec.autoRemove()) {
            synchronized (this) {
                if (containers.remove(c.id) != null) emit(c, "destroy");
            }
        }
        return code;
    }

    @Override
    public void resizeContainer(String idOrName, int rows, int columns) {
        String id;
        synchronized (this) {
            Container c = container("resize container", idOrName);
            if (!c.status.equals("running")) {
                throw new ConflictException("resize container", idOrName, "Container " + c.id + " is not running");
            }
            id = c.id;
        }
        windowSizes.computeIfPresent(id, (k, old) -> List.of(rows, columns));
    }

    // --- build-pull ---

    @Override
    public void pushImage(String reference, Consumer<ProgressEvent> progress) {
        if (findImage(reference).isEmpty()) {
            throw new NotFoundException("push image", reference, "An image does not exist locally with the tag: "
                    + reference);
        }
        throw new EngineException("push image", reference, "the in-memory engine has no registry");
    }

    @Override
    public synchronized Optional<dev.jcompose.engine.ImageDetails> inspectImage(String reference) {
        ImageInfo i = images.get(reference);
        if (i == null) return Optional.empty();
        return Optional.of(new dev.jcompose.engine.ImageDetails(i.id(), i.repoTags(), "linux", "amd64", "", i.size(),
                i.created(), i.created(), i.labels()));
    }

    /** A running container uses one process and nothing else, within a 1 GiB limit. */
    @Override
    public synchronized dev.jcompose.engine.ContainerStats stats(String container) {
        Container c = container("read stats of container", container);
        boolean running = c.status.equals("running");
        return new dev.jcompose.engine.ContainerStats(c.id, c.name, 0, running ? 1_000_000 : 0, 1, 0,
                running ? 1L << 30 : 0, 0, 0, 0, 0, running ? 1 : 0);
    }

    // --- spec ---

    /** Leaves out what the API version this engine reports cannot carry, as the real engine's adapter does. */
    @Override
    public synchronized CreatedContainer createContainerReporting(ContainerSpec spec) {
        ApiFeatures.CreateRequest request = ApiFeatures.adapt(spec, info().negotiatedApiVersion());
        return new CreatedContainer(create(request.spec()), request.warnings());
    }

    /** The settings as an engine reports them back: what was asked for, the masked paths emptied by an option. */
    private static ContainerSettings settings(ContainerSpec s) {
        List<String> securityOpt = s.securityOpt().stream().filter(o -> !o.equals("systempaths=unconfined")).toList();
        List<String> exposed = s.ports().stream().map(p -> p.containerPort() + "/" + p.protocol()).distinct().toList();
        List<String> links = s.links().stream().map(l -> l.contains(":") ? l : l + ":" + l).toList();
        return new ContainerSettings(s.resources(), s.healthcheck(), s.runtime(), s.oomScoreAdj(), s.usernsMode(),
                s.utsMode(), s.cgroupnsMode(), s.isolation(), s.storageOpt(), s.volumeDriver(), s.macAddress(),
                s.annotations(), securityOpt, s.sysctls(), s.groupAdd(), s.ipcMode(), s.pidMode(), s.domainname(),
                s.dnsSearch(), s.dnsOptions(), s.tty(), s.stdinOpen(), s.readOnlyRootfs(), exposed, links,
                s.securityOpt().contains("systempaths=unconfined"));
    }
}
