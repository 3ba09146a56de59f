package dev.jcompose.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.jcompose.model.ProjectWriter.listOf;
import static dev.jcompose.model.ProjectWriter.mapValues;

/** One service in {@code docker compose config} shape; see {@link ProjectWriter}. */
final class ServiceWriter {

    private ServiceWriter() {
    }

    static Object service(Service s) {
        return new PlainMap()
                .put("profiles", s.profiles())
                .put("annotations", s.annotations())
                .putFlag("attach", s.attach())
                .put("build", build(s.build()))
                .put("develop", s.develop() == null ? null : new PlainMap()
                        .put("watch", listOf(s.develop().watch(), ServiceWriter::watch))
                        .putExtensions(s.develop().extensions()))
                .put("blkio_config", blkio(s.blkioConfig()))
                .put("cap_add", s.capAdd())
                .put("cap_drop", s.capDrop())
                .put("cgroup_parent", s.cgroupParent())
                .put("cgroup", s.cgroup())
                .put("cpu_count", s.cpuCount())
                .put("cpu_percent", s.cpuPercent())
                .put("cpu_period", s.cpuPeriod())
                .put("cpu_quota", s.cpuQuota())
                .put("cpu_rt_period", s.cpuRtPeriod())
                .put("cpu_rt_runtime", s.cpuRtRuntime())
                .put("cpus", s.cpus())
                .put("cpuset", s.cpuset())
                .put("cpu_shares", s.cpuShares())
                .putAlwaysIf("command", s.command())
                .put("configs", listOf(s.configs(), ServiceWriter::fileRef))
                .put("container_name", s.containerName())
                .put("credential_spec", s.credentialSpec() == null ? null : new PlainMap()
                        .put("config", s.credentialSpec().config())
                        .put("file", s.credentialSpec().file())
                        .put("registry", s.credentialSpec().registry()))
                .put("depends_on", mapValues(s.dependsOn(), d -> new PlainMap()
                        .put("condition", d.condition().id())
                        .put("restart", d.restart())
                        .putAlways("required", d.required())
                        .toMap()))
                .put("deploy", deploy(s.deploy()))
                .put("device_cgroup_rules", s.deviceCgroupRules())
                .put("devices", listOf(s.devices(), d -> new PlainMap()
                        .put("source", d.source())
                        .put("target", d.target())
                        .put("permissions", d.permissions())
                        .toMap()))
                .put("dns", s.dns())
                .put("dns_opt", s.dnsOpt())
                .put("dns_search", s.dnsSearch())
                .put("domainname", s.domainname())
                .putAlwaysIf("entrypoint", s.entrypoint())
                .put("provider", s.provider() == null ? null : new PlainMap()
                        .put("type", s.provider().type())
                        .put("options", s.provider().options()))
                .put("environment", s.environment())
                .put("env_file", listOf(s.envFiles(), e -> new PlainMap()
                        .put("path", e.path())
                        .putFlag("required", e.required() ? null : Boolean.FALSE)
                        .put("format", e.format())
                        .toMap()))
                .put("expose", s.expose())
                .put("external_links", s.externalLinks())
                .put("extra_hosts", extraHosts(s.extraHosts()))
                .put("group_add", s.groupAdd())
                .put("gpus", listOf(s.gpus(), ServiceWriter::deviceRequest))
                .put("hostname", s.hostname())
                .put("healthcheck", healthcheck(s.healthcheck()))
                .put("image", s.image())
                .putFlag("init", s.init())
                .put("ipc", s.ipc())
                .put("isolation", s.isolation())
                .put("labels", s.labels())
                .put("label_file", s.labelFiles())
                .put("links", s.links())
                .put("logging", s.logging() == null ? null : new PlainMap()
                        .put("driver", s.logging().driver())
                        .put("options", s.logging().options()))
                .put("mem_limit", s.memLimit())
                .put("mem_reservation", s.memReservation())
                .put("memswap_limit", s.memswapLimit())
                .put("mem_swappiness", s.memSwappiness())
                .put("mac_address", s.macAddress())
                .put("models", mapValues(s.models(), m -> m.endpointVar() == null && m.modelVar() == null ? null
                        : new PlainMap().put("endpoint_var", m.endpointVar()).put("model_var", m.modelVar()).toMap()))
                .put("network_mode", s.networkMode())
                .put("networks", mapValues(s.networks(), ServiceWriter::serviceNetwork))
                .put("oom_kill_disable", s.oomKillDisable())
                .put("oom_score_adj", s.oomScoreAdj())
                .put("pid", s.pid())
                .put("pids_limit", s.pidsLimit())
                .put("platform", s.platform())
                .put("ports", listOf(s.ports(), ServiceWriter::port))
                .put("privileged", s.privileged())
                .put("pull_policy", s.pullPolicy())
                .put("read_only", s.readOnly())
                .put("restart", s.restart())
                .put("runtime", s.runtime())
                .put("scale", s.scale())
                .put("secrets", listOf(s.secrets(), ServiceWriter::fileRef))
                .put("security_opt", s.securityOpt())
                .put("shm_size", s.shmSize())
                .put("stdin_open", s.stdinOpen())
                .put("stop_grace_period", s.stopGracePeriod())
                .put("stop_signal", s.stopSignal())
                .put("storage_opt", s.storageOpt())
                .put("sysctls", s.sysctls())
                .put("tmpfs", s.tmpfs())
                .put("tty", s.tty())
                .put("ulimits", ulimits(s.ulimits()))
                .put("use_api_socket", s.useApiSocket())
                .put("user", s.user())
                .put("userns_mode", s.usernsMode())
                .put("uts", s.uts())
                .put("volume_driver", s.volumeDriver())
                .put("volumes", listOf(s.volumes(), ServiceWriter::mount))
                .put("volumes_from", s.volumesFrom())
                .put("working_dir", s.workingDir())
                .put("post_start", listOf(s.postStart(), ServiceWriter::hook))
                .put("pre_stop", listOf(s.preStop(), ServiceWriter::hook))
                .putExtensions(s.extensions())
                .toMap();
    }

    private static Object build(Build b) {
        if (b == null) return null;
        return new PlainMap()
                .put("context", b.context())
                .put("dockerfile", b.dockerfile())
                .put("dockerfile_inline", b.dockerfileInline())
                .put("entitlements", b.entitlements())
                .put("args", b.args())
                .put("provenance", b.provenance())
                .put("sbom", b.sbom())
                .put("ssh", sshList(b.ssh()))
                .put("labels", b.labels())
                .put("cache_from", b.cacheFrom())
                .put("cache_to", b.cacheTo())
                .put("no_cache", b.noCache())
                .put("no_cache_filter", b.noCacheFilter())
                .put("additional_contexts", b.additionalContexts())
                .put("pull", b.pull())
                .put("extra_hosts", extraHosts(b.extraHosts()))
                .put("isolation", b.isolation())
                .put("network", b.network())
                .put("target", b.target())
                .put("secrets", listOf(b.secrets(), ServiceWriter::fileRef))
                .put("shm_size", b.shmSize())
                .put("tags", b.tags())
                .put("ulimits", ulimits(b.ulimits()))
                .put("platforms", b.platforms())
                .put("privileged", b.privileged())
                .putExtensions(b.extensions())
                .toMap();
    }

    private static List<String> sshList(Map<String, String> ssh) {
        List<String> out = new ArrayList<>();
        ssh.forEach((id, path) -> out.add(path == null ? id : id + "=" + path));
        return out;
    }

    /** {@code host=ip}, one entry per address, as compose v2 prints them. */
    private static List<String> extraHosts(Map<String, List<String>> hosts) {
        List<String> out = new ArrayList<>();
        hosts.forEach((host, ips) -> ips.forEach(ip -> out.add(host + "=" + ip)));
        return out;
    }

    private static Object deploy(Deploy d) {
        if (d == null) return null;
        return new PlainMap()
                .put("mode", d.mode())
                .put("replicas", d.replicas())
                .put("labels", d.labels())
                .put("update_config", update(d.updateConfig()))
                .put("rollback_config", update(d.rollbackConfig()))
                .put("resources", d.resources() == null ? null : new PlainMap()
                        .put("limits", resource(d.resources().limits()))
                        .put("reservations", resource(d.resources().reservations())))
                .put("restart_policy", d.restartPolicy() == null ? null : new PlainMap()
                        .put("condition", d.restartPolicy().condition())
                        .put("delay", d.restartPolicy().delay())
                        .put("max_attempts", d.restartPolicy().maxAttempts())
                        .put("window", d.restartPolicy().window()))
                .put("placement", d.placement() == null ? null : new PlainMap()
                        .put("constraints", d.placement().constraints())
                        .put("preferences", listOf(d.placement().preferences(), p -> Map.of("spread", p)))
                        .put("max_replicas_per_node", d.placement().maxReplicasPerNode()))
                .put("endpoint_mode", d.endpointMode())
                .toMap();
    }

    private static PlainMap update(Deploy.UpdateConfig u) {
        if (u == null) return null;
        return new PlainMap()
                .put("parallelism", u.parallelism())
                .put("delay", u.delay())
                .put("failure_action", u.failureAction())
                .put("monitor", u.monitor())
                .put("max_failure_ratio", u.maxFailureRatio())
                .put("order", u.order());
    }

    private static PlainMap resource(Deploy.Resource r) {
        if (r == null) return null;
        return new PlainMap()
                .put("cpus", r.cpus())
                .put("memory", r.memory())
                .put("pids", r.pids())
                .put("devices", listOf(r.devices(), ServiceWriter::deviceRequest))
                .put("generic_resources", listOf(r.genericResources(), g -> Map.of("discrete_resource_spec",
                        new PlainMap().put("kind", g.kind()).putAlways("value", g.value()).toMap())));
    }

    private static Object deviceRequest(DeviceRequest d) {
        return new PlainMap()
                .put("capabilities", d.capabilities())
                .put("driver", d.driver())
                .put("count", d.count()) // "all" is -1, which is how Compose prints it
                .put("device_ids", d.deviceIds())
                .put("options", d.options())
                .toMap();
    }

    private static Object healthcheck(Healthcheck h) {
        if (h == null) return null;
        return new PlainMap()
                .put("test", h.test())
                .put("timeout", h.timeout())
                .put("interval", h.interval())
                .put("retries", h.retries())
                .put("start_period", h.startPeriod())
                .put("start_interval", h.startInterval())
                .put("disable", h.disable())
                .toMap();
    }

    /** Plain membership prints as null: {@code networks: {default: null}}. */
    private static Object serviceNetwork(ServiceNetwork n) {
        if (n.isPlain()) return null;
        return new PlainMap()
                .put("aliases", n.aliases())
                .put("driver_opts", n.driverOpts())
                .put("gw_priority", n.gwPriority())
                .put("interface_name", n.interfaceName())
                .put("ipv4_address", n.ipv4Address())
                .put("ipv6_address", n.ipv6Address())
                .put("link_local_ips", n.linkLocalIps())
                .put("mac_address", n.macAddress())
                .put("priority", n.priority())
                .toMap();
    }

    private static Object port(Port p) {
        return new PlainMap()
                .put("name", p.name())
                .put("mode", p.mode())
                .put("host_ip", p.hostIp())
                .put("target", p.target())
                .put("published", p.published())
                .put("protocol", p.protocol())
                .put("app_protocol", p.appProtocol())
                .toMap();
    }

    private static Object mount(Mount m) {
        return new PlainMap()
                .put("type", m.type().id())
                .put("source", m.source())
                .put("target", m.target())
                .put("read_only", m.readOnly())
                .put("consistency", m.consistency())
                .put("bind", m.bind() == null ? null : new PlainMap()
                        .put("selinux", m.bind().selinux())
                        .put("propagation", m.bind().propagation())
                        .put("create_host_path", m.bind().createHostPath())
                        .put("recursive", m.bind().recursive()))
                .put("volume", m.volume() == null ? null : new PlainMap()
                        .put("labels", m.volume().labels())
                        .put("nocopy", m.volume().nocopy())
                        .put("subpath", m.volume().subpath()))
                .put("tmpfs", m.tmpfs() == null ? null : new PlainMap()
                        .put("size", m.tmpfs().size())
                        .put("mode", m.tmpfs().mode()))
                .put("image", m.image() == null ? null : new PlainMap().put("subpath", m.image().subpath()))
                .toMap();
    }

    private static Object fileRef(FileRef f) {
        return new PlainMap()
                .put("source", f.source())
                .put("target", f.target())
                .put("uid", f.uid())
                .put("gid", f.gid())
                .put("mode", f.mode() == null ? null : "0" + Integer.toOctalString(f.mode()))
                .toMap();
    }

    /** A limit whose soft and hard values agree prints as one number, like the short form. */
    private static Map<String, Object> ulimits(Map<String, Ulimit> ulimits) {
        Map<String, Object> out = new LinkedHashMap<>();
        ulimits.forEach((name, u) -> out.put(name, u.soft() == u.hard() ? (Object) u.soft()
                : new PlainMap().putAlways("soft", u.soft()).putAlways("hard", u.hard()).toMap()));
        return out;
    }

    private static Object watch(Develop.WatchRule w) {
        return new PlainMap()
                .put("path", w.path())
                .put("action", w.action())
                .put("target", w.target())
                .put("exec", w.exec() == null ? null : hook(w.exec()))
                .put("include", w.include())
                .put("ignore", w.ignore())
                .put("initial_sync", w.initialSync())
                .putExtensions(w.extensions())
                .toMap();
    }

    private static Object hook(ServiceHook h) {
        return new PlainMap()
                .put("command", h.command())
                .put("user", h.user())
                .put("privileged", h.privileged())
                .put("working_dir", h.workingDir())
                .put("environment", h.environment())
                .toMap();
    }

    private static Object blkio(BlkioConfig b) {
        if (b == null) return null;
        return new PlainMap()
                .put("weight", b.weight())
                .put("weight_device", listOf(b.weightDevice(), w -> new PlainMap()
                        .put("path", w.path()).putAlways("weight", w.weight()).toMap()))
                .put("device_read_bps", throttles(b.deviceReadBps()))
                .put("device_read_iops", throttles(b.deviceReadIops()))
                .put("device_write_bps", throttles(b.deviceWriteBps()))
                .put("device_write_iops", throttles(b.deviceWriteIops()))
                .toMap();
    }

    private static List<Object> throttles(List<BlkioConfig.ThrottleDevice> devices) {
        return listOf(devices, d -> new PlainMap().put("path", d.path()).putAlways("rate", d.rate()).toMap());
    }
}
