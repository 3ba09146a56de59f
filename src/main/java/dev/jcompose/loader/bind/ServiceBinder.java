package dev.jcompose.loader.bind;

import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.FileRef;
import dev.jcompose.model.Healthcheck;
import dev.jcompose.model.Logging;
import dev.jcompose.model.Port;
import dev.jcompose.model.Service;
import dev.jcompose.model.ServiceModel;
import dev.jcompose.model.ServiceNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.jcompose.loader.bind.ValueReader.child;

/** Binds one long-form service mapping to a {@link Service}, applying Docker Compose v2's defaults. */
final class ServiceBinder {

    private final ValueReader r;
    private final BuildBinder builds;
    private final DeployBinder deploys;
    private final MountBinder mounts;
    private final ServicePartsBinder parts;

    ServiceBinder(ValueReader reader, java.nio.file.Path projectDir) {
        this.r = reader;
        this.builds = new BuildBinder(reader, projectDir);
        this.deploys = new DeployBinder(reader);
        this.mounts = new MountBinder(reader);
        this.parts = new ServicePartsBinder(reader);
    }

    Service bind(String name, MapNode s, YamlPath path) {
        Service.Builder b = Service.builder(name)
                .profiles(r.strings(child(s, "profiles")))
                .annotations(r.stringMap(child(s, "annotations")))
                .attach(r.bool(child(s, "attach"), path.key("attach")))
                .build(builds.bind(child(s, "build"), path.key("build")))
                .develop(parts.develop(child(s, "develop"), path.key("develop")))
                .blkioConfig(parts.blkio(child(s, "blkio_config"), path.key("blkio_config")))
                .capAdd(r.strings(child(s, "cap_add")))
                .capDrop(r.strings(child(s, "cap_drop")))
                .cgroupParent(r.string(child(s, "cgroup_parent")))
                .cgroup(r.string(child(s, "cgroup")))
                .cpuCount(r.integer(child(s, "cpu_count"), path.key("cpu_count")))
                .cpuPercent(r.number(child(s, "cpu_percent"), path.key("cpu_percent")))
                .cpuPeriod(r.integer(child(s, "cpu_period"), path.key("cpu_period")))
                .cpuQuota(r.integer(child(s, "cpu_quota"), path.key("cpu_quota")))
                .cpuRtPeriod(microseconds(child(s, "cpu_rt_period"), path.key("cpu_rt_period")))
                .cpuRtRuntime(microseconds(child(s, "cpu_rt_runtime"), path.key("cpu_rt_runtime")))
                .cpus(r.number(child(s, "cpus"), path.key("cpus")))
                .cpuset(r.string(child(s, "cpuset")))
                .cpuShares(r.integer(child(s, "cpu_shares"), path.key("cpu_shares")))
                .command(command(s, "command"))
                .configs(r.each(child(s, "configs"), path.key("configs"), (n, p) -> fileRef(n, p, null)))
                .containerName(r.string(child(s, "container_name")))
                .credentialSpec(parts.credentialSpec(child(s, "credential_spec")))
                .deploy(deploys.bind(child(s, "deploy"), path.key("deploy")))
                .deviceCgroupRules(r.strings(child(s, "device_cgroup_rules")))
                .devices(r.each(child(s, "devices"), path.key("devices"), parts::device))
                .dns(r.strings(child(s, "dns")))
                .dnsOpt(r.strings(child(s, "dns_opt")))
                .dnsSearch(r.strings(child(s, "dns_search")))
                .domainname(r.string(child(s, "domainname")))
                .entrypoint(command(s, "entrypoint"))
                .provider(parts.provider(child(s, "provider")))
                .environment(r.stringMap(child(s, "environment")))
                .envFiles(r.each(child(s, "env_file"), path.key("env_file"), parts::envFile))
                .expose(r.strings(child(s, "expose")))
                .externalLinks(r.strings(child(s, "external_links")))
                .extraHosts(r.stringListMap(child(s, "extra_hosts")))
                .groupAdd(r.strings(child(s, "group_add")))
                .gpus(r.each(child(s, "gpus"), path.key("gpus"), parts::deviceRequest))
                .hostname(r.string(child(s, "hostname")))
                .healthcheck(healthcheck(child(s, "healthcheck"), path.key("healthcheck")))
                .image(r.string(child(s, "image")))
                .init(r.bool(child(s, "init"), path.key("init")))
                .ipc(r.string(child(s, "ipc")))
                .isolation(r.string(child(s, "isolation")))
                .labels(r.stringMap(child(s, "labels")))
                .labelFiles(r.strings(child(s, "label_file")))
                .links(r.strings(child(s, "links")))
                .logging(logging(child(s, "logging")))
                .memLimit(r.bytes(child(s, "mem_limit"), path.key("mem_limit")))
                .memReservation(r.bytes(child(s, "mem_reservation"), path.key("mem_reservation")))
                .memswapLimit(r.bytes(child(s, "memswap_limit"), path.key("memswap_limit")))
                .memSwappiness(r.int32(child(s, "mem_swappiness"), path.key("mem_swappiness")))
                .macAddress(r.string(child(s, "mac_address")))
                .models(r.eachEntry(child(s, "models"), path.key("models"), this::model))
                .networkMode(r.string(child(s, "network_mode")))
                .networks(r.eachEntry(child(s, "networks"), path.key("networks"), this::network))
                .oomKillDisable(r.flag(child(s, "oom_kill_disable"), path.key("oom_kill_disable")))
                .oomScoreAdj(r.int32(child(s, "oom_score_adj"), path.key("oom_score_adj")))
                .pid(r.string(child(s, "pid")))
                .pidsLimit(r.integer(child(s, "pids_limit"), path.key("pids_limit")))
                .platform(r.string(child(s, "platform")))
                .ports(r.each(child(s, "ports"), path.key("ports"), this::port))
                .privileged(r.flag(child(s, "privileged"), path.key("privileged")))
                .pullPolicy(pullPolicy(r.string(child(s, "pull_policy"))))
                .readOnly(r.flag(child(s, "read_only"), path.key("read_only")))
                .restart(r.string(child(s, "restart")))
                .runtime(r.string(child(s, "runtime")))
                .scale(r.int32(child(s, "scale"), path.key("scale")))
                .secrets(r.each(child(s, "secrets"), path.key("secrets"), (n, p) -> fileRef(n, p, "/run/secrets/")))
                .securityOpt(r.strings(child(s, "security_opt")))
                .shmSize(r.bytes(child(s, "shm_size"), path.key("shm_size")))
                .stdinOpen(r.flag(child(s, "stdin_open"), path.key("stdin_open")))
                .stopGracePeriod(r.duration(child(s, "stop_grace_period"), path.key("stop_grace_period")))
                .stopSignal(r.string(child(s, "stop_signal")))
                .storageOpt(r.stringMap(child(s, "storage_opt")))
                .sysctls(r.stringMap(child(s, "sysctls")))
                .tmpfs(r.strings(child(s, "tmpfs")))
                .tty(r.flag(child(s, "tty"), path.key("tty")))
                .ulimits(r.eachEntry(child(s, "ulimits"), path.key("ulimits"), parts::ulimit))
                .useApiSocket(r.flag(child(s, "use_api_socket"), path.key("use_api_socket")))
                .user(r.string(child(s, "user")))
                .usernsMode(r.string(child(s, "userns_mode")))
                .uts(r.string(child(s, "uts")))
                .volumeDriver(r.string(child(s, "volume_driver")))
                .volumes(r.each(child(s, "volumes"), path.key("volumes"), mounts::bind))
                .volumesFrom(r.strings(child(s, "volumes_from")))
                .workingDir(r.string(child(s, "working_dir")))
                .postStart(r.each(child(s, "post_start"), path.key("post_start"), parts::hook))
                .preStop(r.each(child(s, "pre_stop"), path.key("pre_stop"), parts::hook))
                .extensions(ServicePartsBinder.extensions(s));
        checkScale(b, s, path);
        b.dependsOn(dependsOn(b, child(s, "depends_on"), path.key("depends_on")));
        // A provider service runs no container of ours, so Compose gives it no default network.
        if (b.joinsNoNetwork() && child(s, "provider") == null) b.networks(Map.of("default", ServiceNetwork.PLAIN));
        return b.build();
    }

    /** {@code command}/{@code entrypoint}: absent → null (image default); explicit null stays null; [] → empty. */
    private List<String> command(MapNode s, String key) {
        Node n = child(s, key);
        return n == null ? null : r.strings(n);
    }

    private Long microseconds(Node n, YamlPath path) {
        String t = r.string(n);
        if (t == null) return null;
        if (t.chars().allMatch(Character::isDigit)) return r.integer(n, path);
        var d = r.duration(n, path);
        return d == null ? null : d.toNanos() / 1000;
    }

    private static String pullPolicy(String p) {
        return "if_not_present".equals(p) ? "missing" : p;
    }

    private FileRef fileRef(Node n, YamlPath path, String defaultTargetDir) {
        String source = r.string(child(n, "source"));
        String target = r.string(child(n, "target"));
        if (target == null && defaultTargetDir != null && source != null) target = defaultTargetDir + source;
        return new FileRef(source, target, r.string(child(n, "uid")), r.string(child(n, "gid")),
                r.octal(child(n, "mode"), path.key("mode")));
    }

    private Healthcheck healthcheck(Node n, YamlPath path) {
        if (n == null) return null;
        return new Healthcheck(r.strings(child(n, "test")),
                r.duration(child(n, "interval"), path.key("interval")),
                r.duration(child(n, "timeout"), path.key("timeout")),
                r.integer(child(n, "retries"), path.key("retries")),
                r.duration(child(n, "start_period"), path.key("start_period")),
                r.duration(child(n, "start_interval"), path.key("start_interval")),
                r.flag(child(n, "disable"), path.key("disable")));
    }

    private Logging logging(Node n) {
        if (n == null) return null;
        return new Logging(r.string(child(n, "driver")), r.stringMap(child(n, "options")));
    }

    private ServiceModel model(Node n, YamlPath path) {
        if (n == null || n.isNull()) return new ServiceModel(null, null);
        return new ServiceModel(r.string(child(n, "endpoint_var")), r.string(child(n, "model_var")));
    }

    private ServiceNetwork network(Node n, YamlPath path) {
        if (n == null || n.isNull()) return ServiceNetwork.PLAIN;
        return new ServiceNetwork(r.strings(child(n, "aliases")), r.string(child(n, "ipv4_address")),
                r.string(child(n, "ipv6_address")), r.strings(child(n, "link_local_ips")),
                r.string(child(n, "mac_address")), r.stringMap(child(n, "driver_opts")),
                r.int32(child(n, "gw_priority"), path.key("gw_priority")),
                r.int32(child(n, "priority"), path.key("priority")),
                r.string(child(n, "interface_name")));
    }

    private Port port(Node n, YamlPath path) {
        Integer target = r.int32(child(n, "target"), path.key("target"));
        if (target == null) return null;
        String protocol = r.string(child(n, "protocol"));
        String mode = r.string(child(n, "mode"));
        return new Port(target, r.string(child(n, "published")), r.string(child(n, "host_ip")),
                protocol == null ? "tcp" : protocol, mode == null ? "ingress" : mode,
                r.string(child(n, "name")), r.string(child(n, "app_protocol")));
    }

    /**
     * The declared dependencies plus the implicit ones compose adds: links and {@code service:x} namespaces restart
     * with their dependency, volumes_from does not.
     */
    private Map<String, DependsOn> dependsOn(Service.Builder s, Node n, YamlPath path) {
        Map<String, DependsOn> deps = new LinkedHashMap<>(r.eachEntry(n, path, this::dependency));
        for (String link : s.linkedServices()) {
            deps.putIfAbsent(link, new DependsOn(DependsOn.Condition.SERVICE_STARTED, true, true));
        }
        for (String ref : s.namespaceServiceRefs()) {
            deps.putIfAbsent(ref, new DependsOn(DependsOn.Condition.SERVICE_STARTED, true, true));
        }
        for (String from : s.volumesFromServices()) {
            deps.putIfAbsent(from, DependsOn.started());
        }
        return deps;
    }

    private DependsOn dependency(Node n, YamlPath path) {
        Node c = child(n, "condition");
        DependsOn.Condition condition = DependsOn.Condition.SERVICE_STARTED;
        if (c != null) {
            condition = DependsOn.Condition.fromId(r.string(c));
            if (condition == null) {
                return r.fail(c, path.key("condition"), "\"" + r.string(c) + "\" is not a valid condition (allowed: "
                        + "service_started, service_healthy, service_completed_successfully)");
            }
        }
        Boolean required = r.bool(child(n, "required"), path.key("required"));
        return new DependsOn(condition, required == null || required, r.flag(child(n, "restart"), path.key("restart")));
    }

    private void checkScale(Service.Builder s, MapNode node, YamlPath path) {
        if (s.scale() != null && s.deploy() != null && s.deploy().replicas() != null
                && !s.scale().equals(s.deploy().replicas())) {
            r.diagnostics().error(node.get("scale").location(), path.key("scale"),
                    "can't set distinct values on scale (" + s.scale() + ") and deploy.replicas ("
                            + s.deploy().replicas() + ")");
        }
    }
}
