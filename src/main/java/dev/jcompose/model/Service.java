package dev.jcompose.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service, with a typed field for every Compose Specification attribute, in compose-go's field order.
 * Absent scalars are null (primitive booleans: false); absent lists and maps are empty, except {@code command} and
 * {@code entrypoint}, where null means "the image's" and an empty list means "none". {@code environment} values are
 * null for variables declared without a value. Build instances with {@link #builder(String)}.
 */
public record Service(
        String name,
        List<String> profiles,
        Map<String, String> annotations,
        Boolean attach,
        Build build,
        Develop develop,
        BlkioConfig blkioConfig,
        List<String> capAdd,
        List<String> capDrop,
        String cgroupParent,
        String cgroup,
        Long cpuCount,
        Double cpuPercent,
        Long cpuPeriod,
        Long cpuQuota,
        Long cpuRtPeriod,
        Long cpuRtRuntime,
        Double cpus,
        String cpuset,
        Long cpuShares,
        List<String> command,
        List<FileRef> configs,
        String containerName,
        CredentialSpec credentialSpec,
        Map<String, DependsOn> dependsOn,
        Deploy deploy,
        List<String> deviceCgroupRules,
        List<Device> devices,
        List<String> dns,
        List<String> dnsOpt,
        List<String> dnsSearch,
        String domainname,
        List<String> entrypoint,
        ServiceProvider provider,
        Map<String, String> environment,
        List<EnvFile> envFiles,
        List<String> expose,
        List<String> externalLinks,
        Map<String, List<String>> extraHosts,
        List<String> groupAdd,
        List<DeviceRequest> gpus,
        String hostname,
        Healthcheck healthcheck,
        String image,
        Boolean init,
        String ipc,
        String isolation,
        Map<String, String> labels,
        List<String> labelFiles,
        List<String> links,
        Logging logging,
        Long memLimit,
        Long memReservation,
        Long memswapLimit,
        Integer memSwappiness,
        String macAddress,
        Map<String, ServiceModel> models,
        String networkMode,
        Map<String, ServiceNetwork> networks,
        boolean oomKillDisable,
        Integer oomScoreAdj,
        String pid,
        Long pidsLimit,
        String platform,
        List<Port> ports,
        boolean privileged,
        String pullPolicy,
        boolean readOnly,
        String restart,
        String runtime,
        Integer scale,
        List<FileRef> secrets,
        List<String> securityOpt,
        Long shmSize,
        boolean stdinOpen,
        Duration stopGracePeriod,
        String stopSignal,
        Map<String, String> storageOpt,
        Map<String, String> sysctls,
        List<String> tmpfs,
        boolean tty,
        Map<String, Ulimit> ulimits,
        boolean useApiSocket,
        String user,
        String usernsMode,
        String uts,
        String volumeDriver,
        List<Mount> volumes,
        List<String> volumesFrom,
        String workingDir,
        List<ServiceHook> postStart,
        List<ServiceHook> preStop,
        Map<String, Object> extensions) {

    public Service {
        Objects.requireNonNull(name, "name");
        profiles = Copies.list(profiles);
        annotations = Copies.map(annotations);
        capAdd = Copies.list(capAdd);
        capDrop = Copies.list(capDrop);
        command = Copies.nullableList(command);
        configs = Copies.list(configs);
        dependsOn = Copies.map(dependsOn);
        deviceCgroupRules = Copies.list(deviceCgroupRules);
        devices = Copies.list(devices);
        dns = Copies.list(dns);
        dnsOpt = Copies.list(dnsOpt);
        dnsSearch = Copies.list(dnsSearch);
        entrypoint = Copies.nullableList(entrypoint);
        environment = Copies.map(environment);
        envFiles = Copies.list(envFiles);
        expose = Copies.list(expose);
        externalLinks = Copies.list(externalLinks);
        extraHosts = Copies.map(extraHosts);
        groupAdd = Copies.list(groupAdd);
        gpus = Copies.list(gpus);
        labels = Copies.map(labels);
        labelFiles = Copies.list(labelFiles);
        links = Copies.list(links);
        models = Copies.map(models);
        networks = Copies.map(networks);
        ports = Copies.list(ports);
        secrets = Copies.list(secrets);
        securityOpt = Copies.list(securityOpt);
        storageOpt = Copies.map(storageOpt);
        sysctls = Copies.map(sysctls);
        tmpfs = Copies.list(tmpfs);
        ulimits = Copies.map(ulimits);
        volumes = Copies.list(volumes);
        volumesFrom = Copies.list(volumesFrom);
        postStart = Copies.list(postStart);
        preStop = Copies.list(preStop);
        extensions = Copies.map(extensions);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.profiles = profiles;
        b.annotations = annotations;
        b.attach = attach;
        b.build = build;
        b.develop = develop;
        b.blkioConfig = blkioConfig;
        b.capAdd = capAdd;
        b.capDrop = capDrop;
        b.cgroupParent = cgroupParent;
        b.cgroup = cgroup;
        b.cpuCount = cpuCount;
        b.cpuPercent = cpuPercent;
        b.cpuPeriod = cpuPeriod;
        b.cpuQuota = cpuQuota;
        b.cpuRtPeriod = cpuRtPeriod;
        b.cpuRtRuntime = cpuRtRuntime;
        b.cpus = cpus;
        b.cpuset = cpuset;
        b.cpuShares = cpuShares;
        b.command = command;
        b.configs = configs;
        b.containerName = containerName;
        b.credentialSpec = credentialSpec;
        b.dependsOn = dependsOn;
        b.deploy = deploy;
        b.deviceCgroupRules = deviceCgroupRules;
        b.devices = devices;
        b.dns = dns;
        b.dnsOpt = dnsOpt;
        b.dnsSearch = dnsSearch;
        b.domainname = domainname;
        b.entrypoint = entrypoint;
        b.provider = provider;
        b.environment = environment;
        b.envFiles = envFiles;
        b.expose = expose;
        b.externalLinks = externalLinks;
        b.extraHosts = extraHosts;
        b.groupAdd = groupAdd;
        b.gpus = gpus;
        b.hostname = hostname;
        b.healthcheck = healthcheck;
        b.image = image;
        b.init = init;
        b.ipc = ipc;
        b.isolation = isolation;
        b.labels = labels;
        b.labelFiles = labelFiles;
        b.links = links;
        b.logging = logging;
        b.memLimit = memLimit;
        b.memReservation = memReservation;
        b.memswapLimit = memswapLimit;
        b.memSwappiness = memSwappiness;
        b.macAddress = macAddress;
        b.models = models;
        b.networkMode = networkMode;
        b.networks = networks;
        b.oomKillDisable = oomKillDisable;
        b.oomScoreAdj = oomScoreAdj;
        b.pid = pid;
        b.pidsLimit = pidsLimit;
        b.platform = platform;
        b.ports = ports;
        b.privileged = privileged;
        b.pullPolicy = pullPolicy;
        b.readOnly = readOnly;
        b.restart = restart;
        b.runtime = runtime;
        b.scale = scale;
        b.secrets = secrets;
        b.securityOpt = securityOpt;
        b.shmSize = shmSize;
        b.stdinOpen = stdinOpen;
        b.stopGracePeriod = stopGracePeriod;
        b.stopSignal = stopSignal;
        b.storageOpt = storageOpt;
        b.sysctls = sysctls;
        b.tmpfs = tmpfs;
        b.tty = tty;
        b.ulimits = ulimits;
        b.useApiSocket = useApiSocket;
        b.user = user;
        b.usernsMode = usernsMode;
        b.uts = uts;
        b.volumeDriver = volumeDriver;
        b.volumes = volumes;
        b.volumesFrom = volumesFrom;
        b.workingDir = workingDir;
        b.postStart = postStart;
        b.preStop = preStop;
        b.extensions = extensions;
        return b;
    }

    /** The number of containers: {@code scale}, else {@code deploy.replicas}, else 1. */
    public int replicas() {
        if (scale != null) return scale;
        if (deploy != null && deploy.replicas() != null) return deploy.replicas();
        return 1;
    }

    /** The image the containers run: {@code image}, or {@code <project>-<service>} for a service that is only built. */
    public String imageName(String projectName) {
        if (image != null && !image.isEmpty()) return image;
        return projectName + "-" + name;
    }

    public boolean hasBuild() {
        return build != null;
    }

    /** The service named by a {@code service:x} reference in network_mode, ipc, pid, uts or cgroup, in that order. */
    public List<String> namespaceServiceRefs() {
        return namespaceServiceRefs(networkMode, ipc, pid, uts, cgroup);
    }

    /** Service names in {@code volumes_from} (entries {@code container:x} name containers and are left out). */
    public List<String> volumesFromServices() {
        return volumesFromServices(volumesFrom);
    }

    /** Service names in {@code links} ({@code service:alias} → service). */
    public List<String> linkedServices() {
        return linkedServices(links);
    }

    private static List<String> namespaceServiceRefs(String... namespaces) {
        List<String> refs = new ArrayList<>(0);
        for (String v : namespaces) {
            if (v != null && v.startsWith("service:")) refs.add(v.substring("service:".length()));
        }
        return refs.isEmpty() ? List.of() : List.copyOf(refs);
    }

    private static List<String> volumesFromServices(List<String> volumesFrom) {
        if (volumesFrom == null || volumesFrom.isEmpty()) return List.of();
        List<String> names = new ArrayList<>(volumesFrom.size());
        for (String v : volumesFrom) if (!v.startsWith("container:")) names.add(beforeColon(v));
        return List.copyOf(names);
    }

    private static List<String> linkedServices(List<String> links) {
        if (links == null || links.isEmpty()) return List.of();
        List<String> names = new ArrayList<>(links.size());
        for (String l : links) names.add(beforeColon(l));
        return List.copyOf(names);
    }

    private static String beforeColon(String s) {
        int colon = s.indexOf(':');
        return colon < 0 ? s : s.substring(0, colon);
    }

    /** A mutable builder; unset fields take the record's "absent" values. */
    public static final class Builder {
        private String name;
        private List<String> profiles;
        private Map<String, String> annotations;
        private Boolean attach;
        private Build build;
        private Develop develop;
        private BlkioConfig blkioConfig;
        private List<String> capAdd;
        private List<String> capDrop;
        private String cgroupParent;
        private String cgroup;
        private Long cpuCount;
        private Double cpuPercent;
        private Long cpuPeriod;
        private Long cpuQuota;
        private Long cpuRtPeriod;
        private Long cpuRtRuntime;
        private Double cpus;
        private String cpuset;
        private Long cpuShares;
        private List<String> command;
        private List<FileRef> configs;
        private String containerName;
        private CredentialSpec credentialSpec;
        private Map<String, DependsOn> dependsOn;
        private Deploy deploy;
        private List<String> deviceCgroupRules;
        private List<Device> devices;
        private List<String> dns;
        private List<String> dnsOpt;
        private List<String> dnsSearch;
        private String domainname;
        private List<String> entrypoint;
        private ServiceProvider provider;
        private Map<String, String> environment;
        private List<EnvFile> envFiles;
        private List<String> expose;
        private List<String> externalLinks;
        private Map<String, List<String>> extraHosts;
        private List<String> groupAdd;
        private List<DeviceRequest> gpus;
        private String hostname;
        private Healthcheck healthcheck;
        private String image;
        private Boolean init;
        private String ipc;
        private String isolation;
        private Map<String, String> labels;
        private List<String> labelFiles;
        private List<String> links;
        private Logging logging;
        private Long memLimit;
        private Long memReservation;
        private Long memswapLimit;
        private Integer memSwappiness;
        private String macAddress;
        private Map<String, ServiceModel> models;
        private String networkMode;
        private Map<String, ServiceNetwork> networks;
        private boolean oomKillDisable;
        private Integer oomScoreAdj;
        private String pid;
        private Long pidsLimit;
        private String platform;
        private List<Port> ports;
        private boolean privileged;
        private String pullPolicy;
        private boolean readOnly;
        private String restart;
        private String runtime;
        private Integer scale;
        private List<FileRef> secrets;
        private List<String> securityOpt;
        private Long shmSize;
        private boolean stdinOpen;
        private Duration stopGracePeriod;
        private String stopSignal;
        private Map<String, String> storageOpt;
        private Map<String, String> sysctls;
        private List<String> tmpfs;
        private boolean tty;
        private Map<String, Ulimit> ulimits;
        private boolean useApiSocket;
        private String user;
        private String usernsMode;
        private String uts;
        private String volumeDriver;
        private List<Mount> volumes;
        private List<String> volumesFrom;
        private String workingDir;
        private List<ServiceHook> postStart;
        private List<ServiceHook> preStop;
        private Map<String, Object> extensions;

        private Builder(String name) {
            this.name = name;
        }

        public Builder profiles(List<String> v) { this.profiles = v; return this; }
        public Builder annotations(Map<String, String> v) { this.annotations = v; return this; }
        public Builder attach(Boolean v) { this.attach = v; return this; }
        public Builder build(Build v) { this.build = v; return this; }
        public Builder develop(Develop v) { this.develop = v; return this; }
        public Builder blkioConfig(BlkioConfig v) { this.blkioConfig = v; return this; }
        public Builder capAdd(List<String> v) { this.capAdd = v; return this; }
        public Builder capDrop(List<String> v) { this.capDrop = v; return this; }
        public Builder cgroupParent(String v) { this.cgroupParent = v; return this; }
        public Builder cgroup(String v) { this.cgroup = v; return this; }
        public Builder cpuCount(Long v) { this.cpuCount = v; return this; }
        public Builder cpuPercent(Double v) { this.cpuPercent = v; return this; }
        public Builder cpuPeriod(Long v) { this.cpuPeriod = v; return this; }
        public Builder cpuQuota(Long v) { this.cpuQuota = v; return this; }
        public Builder cpuRtPeriod(Long v) { this.cpuRtPeriod = v; return this; }
        public Builder cpuRtRuntime(Long v) { this.cpuRtRuntime = v; return this; }
        public Builder cpus(Double v) { this.cpus = v; return this; }
        public Builder cpuset(String v) { this.cpuset = v; return this; }
        public Builder cpuShares(Long v) { this.cpuShares = v; return this; }
        public Builder command(List<String> v) { this.command = v; return this; }
        public Builder configs(List<FileRef> v) { this.configs = v; return this; }
        public Builder containerName(String v) { this.containerName = v; return this; }
        public Builder credentialSpec(CredentialSpec v) { this.credentialSpec = v; return this; }
        public Builder dependsOn(Map<String, DependsOn> v) { this.dependsOn = v; return this; }
        public Builder deploy(Deploy v) { this.deploy = v; return this; }
        public Builder deviceCgroupRules(List<String> v) { this.deviceCgroupRules = v; return this; }
        public Builder devices(List<Device> v) { this.devices = v; return this; }
        public Builder dns(List<String> v) { this.dns = v; return this; }
        public Builder dnsOpt(List<String> v) { this.dnsOpt = v; return this; }
        public Builder dnsSearch(List<String> v) { this.dnsSearch = v; return this; }
        public Builder domainname(String v) { this.domainname = v; return this; }
        public Builder entrypoint(List<String> v) { this.entrypoint = v; return this; }
        public Builder provider(ServiceProvider v) { this.provider = v; return this; }
        public Builder environment(Map<String, String> v) { this.environment = v; return this; }
        public Builder envFiles(List<EnvFile> v) { this.envFiles = v; return this; }
        public Builder expose(List<String> v) { this.expose = v; return this; }
        public Builder externalLinks(List<String> v) { this.externalLinks = v; return this; }
        public Builder extraHosts(Map<String, List<String>> v) { this.extraHosts = v; return this; }
        public Builder groupAdd(List<String> v) { this.groupAdd = v; return this; }
        public Builder gpus(List<DeviceRequest> v) { this.gpus = v; return this; }
        public Builder hostname(String v) { this.hostname = v; return this; }
        public Builder healthcheck(Healthcheck v) { this.healthcheck = v; return this; }
        public Builder image(String v) { this.image = v; return this; }
        public Builder init(Boolean v) { this.init = v; return this; }
        public Builder ipc(String v) { this.ipc = v; return this; }
        public Builder isolation(String v) { this.isolation = v; return this; }
        public Builder labels(Map<String, String> v) { this.labels = v; return this; }
        public Builder labelFiles(List<String> v) { this.labelFiles = v; return this; }
        public Builder links(List<String> v) { this.links = v; return this; }
        public Builder logging(Logging v) { this.logging = v; return this; }
        public Builder memLimit(Long v) { this.memLimit = v; return this; }
        public Builder memReservation(Long v) { this.memReservation = v; return this; }
        public Builder memswapLimit(Long v) { this.memswapLimit = v; return this; }
        public Builder memSwappiness(Integer v) { this.memSwappiness = v; return this; }
        public Builder macAddress(String v) { this.macAddress = v; return this; }
        public Builder models(Map<String, ServiceModel> v) { this.models = v; return this; }
        public Builder networkMode(String v) { this.networkMode = v; return this; }
        public Builder networks(Map<String, ServiceNetwork> v) { this.networks = v; return this; }
        public Builder oomKillDisable(boolean v) { this.oomKillDisable = v; return this; }
        public Builder oomScoreAdj(Integer v) { this.oomScoreAdj = v; return this; }
        public Builder pid(String v) { this.pid = v; return this; }
        public Builder pidsLimit(Long v) { this.pidsLimit = v; return this; }
        public Builder platform(String v) { this.platform = v; return this; }
        public Builder ports(List<Port> v) { this.ports = v; return this; }
        public Builder privileged(boolean v) { this.privileged = v; return this; }
        public Builder pullPolicy(String v) { this.pullPolicy = v; return this; }
        public Builder readOnly(boolean v) { this.readOnly = v; return this; }
        public Builder restart(String v) { this.restart = v; return this; }
        public Builder runtime(String v) { this.runtime = v; return this; }
        public Builder scale(Integer v) { this.scale = v; return this; }
        public Builder secrets(List<FileRef> v) { this.secrets = v; return this; }
        public Builder securityOpt(List<String> v) { this.securityOpt = v; return this; }
        public Builder shmSize(Long v) { this.shmSize = v; return this; }
        public Builder stdinOpen(boolean v) { this.stdinOpen = v; return this; }
        public Builder stopGracePeriod(Duration v) { this.stopGracePeriod = v; return this; }
        public Builder stopSignal(String v) { this.stopSignal = v; return this; }
        public Builder storageOpt(Map<String, String> v) { this.storageOpt = v; return this; }
        public Builder sysctls(Map<String, String> v) { this.sysctls = v; return this; }
        public Builder tmpfs(List<String> v) { this.tmpfs = v; return this; }
        public Builder tty(boolean v) { this.tty = v; return this; }
        public Builder ulimits(Map<String, Ulimit> v) { this.ulimits = v; return this; }
        public Builder useApiSocket(boolean v) { this.useApiSocket = v; return this; }
        public Builder user(String v) { this.user = v; return this; }
        public Builder usernsMode(String v) { this.usernsMode = v; return this; }
        public Builder uts(String v) { this.uts = v; return this; }
        public Builder volumeDriver(String v) { this.volumeDriver = v; return this; }
        public Builder volumes(List<Mount> v) { this.volumes = v; return this; }
        public Builder volumesFrom(List<String> v) { this.volumesFrom = v; return this; }
        public Builder workingDir(String v) { this.workingDir = v; return this; }
        public Builder postStart(List<ServiceHook> v) { this.postStart = v; return this; }
        public Builder preStop(List<ServiceHook> v) { this.preStop = v; return this; }
        /** The service's {@code x-*} keys, as written. */
        public Builder extensions(Map<String, Object> v) { this.extensions = v; return this; }

        /** As {@link Service#linkedServices()}, of the values set so far. */
        public List<String> linkedServices() {
            return Service.linkedServices(links);
        }

        /** As {@link Service#volumesFromServices()}, of the values set so far. */
        public List<String> volumesFromServices() {
            return Service.volumesFromServices(volumesFrom);
        }

        /** As {@link Service#namespaceServiceRefs()}, of the values set so far. */
        public List<String> namespaceServiceRefs() {
            return Service.namespaceServiceRefs(networkMode, ipc, pid, uts, cgroup);
        }

        /** Whether the service is on no network and has no network_mode: it then joins the default network. */
        public boolean joinsNoNetwork() {
            return (networks == null || networks.isEmpty()) && networkMode == null;
        }

        public Integer scale() {
            return scale;
        }

        public Deploy deploy() {
            return deploy;
        }

        public Service build() {
            return new Service(name, profiles, annotations, attach, build, develop, blkioConfig, capAdd, capDrop, cgroupParent, cgroup, cpuCount, cpuPercent, cpuPeriod, cpuQuota, cpuRtPeriod, cpuRtRuntime, cpus, cpuset, cpuShares, command, configs, containerName, credentialSpec, dependsOn, deploy, deviceCgroupRules, devices, dns, dnsOpt, dnsSearch, domainname, entrypoint, provider, environment, envFiles, expose, externalLinks, extraHosts, groupAdd, gpus, hostname, healthcheck, image, init, ipc, isolation, labels, labelFiles, links, logging, memLimit, memReservation, memswapLimit, memSwappiness, macAddress, models, networkMode, networks, oomKillDisable, oomScoreAdj, pid, pidsLimit, platform, ports, privileged, pullPolicy, readOnly, restart, runtime, scale, secrets, securityOpt, shmSize, stdinOpen, stopGracePeriod, stopSignal, storageOpt, sysctls, tmpfs, tty, ulimits, useApiSocket, user, usernsMode, uts, volumeDriver, volumes, volumesFrom, workingDir, postStart, preStop, extensions);
        }
    }
}
