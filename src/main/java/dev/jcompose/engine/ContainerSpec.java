package dev.jcompose.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to create one container. Collections are never null (empty = engine default);
 * {@code cmd}/{@code entrypoint} null = the image's own; other nulls = engine default.
 * {@code networks} keeps insertion order: the first one is joined at create time, the rest before start.
 */
public record ContainerSpec(
        String name, String image, List<String> cmd, List<String> entrypoint, Map<String, String> env,
        Map<String, String> labels, String workingDir, String user, String hostname, String domainname,
        List<PortSpec> ports, List<MountSpec> mounts, String networkMode,
        Map<String, NetworkAttachmentSpec> networks, RestartPolicy restartPolicy, Resources resources,
        HealthcheckSpec healthcheck, String stopSignal, Duration stopTimeout, Boolean init, boolean privileged,
        List<String> capAdd, List<String> capDrop, List<String> extraHosts, List<String> dns,
        List<String> dnsSearch, List<String> dnsOptions, List<Ulimit> ulimits, Map<String, String> tmpfs,
        Long shmSizeBytes, LogConfig logConfig, boolean tty, boolean stdinOpen, List<String> securityOpt,
        Map<String, String> sysctls, boolean readOnlyRootfs, List<String> groupAdd, String pidMode,
        String ipcMode, String platform, List<String> links, List<String> volumesFrom, boolean autoRemove,
        boolean stdinOnce, String runtime, Integer oomScoreAdj, String usernsMode, String utsMode,
        String cgroupnsMode, String isolation, Map<String, String> storageOpt, String volumeDriver,
        String macAddress, Map<String, String> annotations) {

    public ContainerSpec {
        links = listCopy(links);
        volumesFrom = listCopy(volumesFrom);
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("a container needs an image");
        }
        cmd = cmd == null ? null : List.copyOf(cmd);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        env = orderedCopy(env);
        labels = orderedCopy(labels);
        ports = listCopy(ports);
        mounts = listCopy(mounts);
        networks = orderedCopy(networks);
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
        resources = resources == null ? Resources.NONE : resources;
        capAdd = listCopy(capAdd);
        capDrop = listCopy(capDrop);
        extraHosts = listCopy(extraHosts);
        dns = listCopy(dns);
        dnsSearch = listCopy(dnsSearch);
        dnsOptions = listCopy(dnsOptions);
        ulimits = listCopy(ulimits);
        tmpfs = orderedCopy(tmpfs);
        securityOpt = listCopy(securityOpt);
        sysctls = orderedCopy(sysctls);
        groupAdd = listCopy(groupAdd);
        storageOpt = orderedCopy(storageOpt);
        annotations = orderedCopy(annotations);
    }

    public static Builder builder(String name, String image) {
        return new Builder(name, image);
    }

    /** A copy under another name, with other labels and mounts: a container made to replace this one's original. */
    public ContainerSpec replacement(String newName, Map<String, String> newLabels, List<MountSpec> newMounts) {
        return copy(newName, newLabels, newMounts, networks, healthcheck, annotations);
    }

    /** This spec with another healthcheck and annotations (what an engine's API version can carry). */
    public ContainerSpec withHealthcheckAndAnnotations(HealthcheckSpec newHealthcheck,
                                                       Map<String, String> newAnnotations) {
        return copy(name, labels, mounts, networks, newHealthcheck, newAnnotations);
    }

    /** This spec joining other networks (same order rules). */
    public ContainerSpec withNetworks(Map<String, NetworkAttachmentSpec> newNetworks) {
        return copy(name, labels, mounts, newNetworks, healthcheck, annotations);
    }

    /** This spec with the fields the withers above change replaced. */
    private ContainerSpec copy(String newName, Map<String, String> newLabels, List<MountSpec> newMounts,
                               Map<String, NetworkAttachmentSpec> newNetworks, HealthcheckSpec newHealthcheck,
                               Map<String, String> newAnnotations) {
        return new ContainerSpec(newName, image, cmd, entrypoint, env, newLabels, workingDir, user, hostname,
                domainname, ports, newMounts, networkMode, newNetworks, restartPolicy, resources, newHealthcheck,
                stopSignal, stopTimeout, init, privileged, capAdd, capDrop, extraHosts, dns, dnsSearch,
                dnsOptions, ulimits, tmpfs, shmSizeBytes, logConfig, tty, stdinOpen, securityOpt, sysctls,
                readOnlyRootfs, groupAdd, pidMode, ipcMode, platform, links, volumesFrom, autoRemove, stdinOnce,
                runtime, oomScoreAdj, usernsMode, utsMode, cgroupnsMode, isolation, storageOpt, volumeDriver,
                macAddress, newAnnotations);
    }

    /** {@code env} in the engine's {@code KEY=value} form; a null value gives a bare {@code KEY}. */
    public List<String> envList() {
        List<String> out = new ArrayList<>();
        env.forEach((k, v) -> out.add(v == null ? k : k + "=" + v));
        return out;
    }

    private static <K, V> Map<K, V> orderedCopy(Map<K, V> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static <T> List<T> listCopy(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** Mutable builder; unset fields take the engine defaults. */
    public static final class Builder {
        private final String name;
        private final String image;
        private List<String> cmd;
        private List<String> entrypoint;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private String workingDir;
        private String user;
        private String hostname;
        private String domainname;
        private final List<PortSpec> ports = new ArrayList<>();
        private final List<MountSpec> mounts = new ArrayList<>();
        private String networkMode;
        private final Map<String, NetworkAttachmentSpec> networks = new LinkedHashMap<>();
        private RestartPolicy restartPolicy;
        private Resources resources;
        private HealthcheckSpec healthcheck;
        private String stopSignal;
        private Duration stopTimeout;
        private Boolean init;
        private boolean privileged;
        private final List<String> capAdd = new ArrayList<>();
        private final List<String> capDrop = new ArrayList<>();
        private final List<String> extraHosts = new ArrayList<>();
        private final List<String> dns = new ArrayList<>();
        private final List<String> dnsSearch = new ArrayList<>();
        private final List<String> dnsOptions = new ArrayList<>();
        private final List<Ulimit> ulimits = new ArrayList<>();
        private final Map<String, String> tmpfs = new LinkedHashMap<>();
        private Long shmSizeBytes;
        private LogConfig logConfig;
        private boolean tty;
        private boolean stdinOpen;
        private final List<String> securityOpt = new ArrayList<>();
        private final Map<String, String> sysctls = new LinkedHashMap<>();
        private boolean readOnlyRootfs;
        private final List<String> groupAdd = new ArrayList<>();
        private String pidMode;
        private String ipcMode;
        private String platform;
        private List<String> links;
        private List<String> volumesFrom;
        private boolean autoRemove;
        private boolean stdinOnce;
        private String runtime;
        private Integer oomScoreAdj;
        private String usernsMode;
        private String utsMode;
        private String cgroupnsMode;
        private String isolation;
        private final Map<String, String> storageOpt = new LinkedHashMap<>();
        private String volumeDriver;
        private String macAddress;
        private final Map<String, String> annotations = new LinkedHashMap<>();

        private Builder(String name, String image) {
            this.name = name;
            this.image = image;
        }

        public Builder cmd(List<String> v) { this.cmd = v; return this; }
        public Builder cmd(String... v) { return cmd(List.of(v)); }
        public Builder entrypoint(List<String> v) { this.entrypoint = v; return this; }
        public Builder env(String key, String value) { env.put(key, value); return this; }
        public Builder env(Map<String, String> v) { env.putAll(v); return this; }
        public Builder label(String key, String value) { labels.put(key, value); return this; }
        public Builder labels(Map<String, String> v) { labels.putAll(v); return this; }
        public Builder workingDir(String v) { this.workingDir = v; return this; }
        public Builder user(String v) { this.user = v; return this; }
        public Builder hostname(String v) { this.hostname = v; return this; }
        public Builder domainname(String v) { this.domainname = v; return this; }
        public Builder port(PortSpec v) { ports.add(v); return this; }
        public Builder mount(MountSpec v) { mounts.add(v); return this; }
        public Builder networkMode(String v) { this.networkMode = v; return this; }
        public Builder network(String name, NetworkAttachmentSpec v) { networks.put(name, v); return this; }
        public Builder restartPolicy(RestartPolicy v) { this.restartPolicy = v; return this; }
        public Builder resources(Resources v) { this.resources = v; return this; }
        public Builder healthcheck(HealthcheckSpec v) { this.healthcheck = v; return this; }
        public Builder stopSignal(String v) { this.stopSignal = v; return this; }
        public Builder stopTimeout(Duration v) { this.stopTimeout = v; return this; }
        public Builder init(Boolean v) { this.init = v; return this; }
        public Builder privileged(boolean v) { this.privileged = v; return this; }
        public Builder capAdd(String v) { capAdd.add(v); return this; }
        public Builder capDrop(String v) { capDrop.add(v); return this; }
        public Builder extraHost(String hostColonIp) { extraHosts.add(hostColonIp); return this; }
        public Builder dns(String v) { dns.add(v); return this; }
        public Builder dnsSearch(String v) { dnsSearch.add(v); return this; }
        public Builder dnsOption(String v) { dnsOptions.add(v); return this; }
        public Builder ulimit(Ulimit v) { ulimits.add(v); return this; }
        public Builder tmpfs(String path, String options) { tmpfs.put(path, options == null ? "" : options); return this; }
        public Builder shmSizeBytes(Long v) { this.shmSizeBytes = v; return this; }
        public Builder logConfig(LogConfig v) { this.logConfig = v; return this; }
        public Builder tty(boolean v) { this.tty = v; return this; }
        public Builder stdinOpen(boolean v) { this.stdinOpen = v; return this; }
        /**
         * As {@code docker run --security-opt} takes it: {@code seccomp=<file>} names a JSON profile on this host
         * (read by the client), {@code systempaths=unconfined} unmasks the paths the engine masks in /proc and /sys.
         */
        public Builder securityOpt(String v) { securityOpt.add(v); return this; }
        public Builder sysctl(String key, String value) { sysctls.put(key, value); return this; }
        public Builder readOnlyRootfs(boolean v) { this.readOnlyRootfs = v; return this; }
        public Builder groupAdd(String v) { groupAdd.add(v); return this; }
        public Builder pidMode(String v) { this.pidMode = v; return this; }
        public Builder ipcMode(String v) { this.ipcMode = v; return this; }
        public Builder platform(String v) { this.platform = v; return this; }
        /** Legacy links, {@code container:alias}. */
        public Builder links(List<String> v) { this.links = v; return this; }
        /** {@code container} or {@code container:ro|rw}. */
        public Builder volumesFrom(List<String> v) { this.volumesFrom = v; return this; }
        /** The engine removes the container when it exits ({@code run --rm}). */
        public Builder autoRemove(boolean v) { this.autoRemove = v; return this; }
        /** The container's stdin closes when the attached client closes its input ({@code run} with stdin). */
        public Builder stdinOnce(boolean v) { this.stdinOnce = v; return this; }
        /** The OCI runtime ({@code runc}, ...); null = the engine's default. */
        public Builder runtime(String v) { this.runtime = v; return this; }
        public Builder oomScoreAdj(Integer v) { this.oomScoreAdj = v; return this; }
        public Builder usernsMode(String v) { this.usernsMode = v; return this; }
        public Builder utsMode(String v) { this.utsMode = v; return this; }
        /** {@code host} or {@code private}. */
        public Builder cgroupnsMode(String v) { this.cgroupnsMode = v; return this; }
        public Builder isolation(String v) { this.isolation = v; return this; }
        public Builder storageOpt(Map<String, String> v) { storageOpt.putAll(v); return this; }
        public Builder volumeDriver(String v) { this.volumeDriver = v; return this; }
        /** The MAC address on the container's first network. */
        public Builder macAddress(String v) { this.macAddress = v; return this; }
        /** OCI annotations for the runtime (engine API 1.43 and later). */
        public Builder annotations(Map<String, String> v) { annotations.putAll(v); return this; }

        public ContainerSpec build() {
            return new ContainerSpec(name, image, cmd, entrypoint, env, labels, workingDir, user, hostname,
                    domainname, ports, mounts, networkMode, networks, restartPolicy, resources, healthcheck,
                    stopSignal, stopTimeout, init, privileged, capAdd, capDrop, extraHosts, dns, dnsSearch,
                    dnsOptions, ulimits, tmpfs, shmSizeBytes, logConfig, tty, stdinOpen, securityOpt, sysctls,
                    readOnlyRootfs, groupAdd, pidMode, ipcMode, platform, links, volumesFrom, autoRemove, stdinOnce,
                    runtime, oomScoreAdj, usernsMode, utsMode, cgroupnsMode, isolation, storageOpt, volumeDriver,
                    macAddress, annotations);
        }
    }
}
