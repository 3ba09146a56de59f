package dev.jcompose.engine.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.BindOptions;
import com.github.dockerjava.api.model.BindPropagation;
import com.github.dockerjava.api.model.BlkioRateDevice;
import com.github.dockerjava.api.model.BlkioWeightDevice;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.Isolation;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.VolumesFrom;
import com.github.dockerjava.api.model.Link;
import com.github.dockerjava.api.model.PropagationMode;
import com.github.dockerjava.api.model.SELContext;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.TmpfsOptions;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.VolumeOptions;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.MountSpec;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.PortSpec;
import dev.jcompose.engine.Resources;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Fills a docker-java create command from a {@link ContainerSpec}. Only the first network is joined at create. */
final class ContainerSpecMapper {
    private ContainerSpecMapper() {
    }

    static void apply(ContainerSpec spec, CreateContainerCmd cmd) {
        apply(spec, cmd, opt -> opt);
    }

    /** {@code seccompProfile} turns a {@code seccomp=<file>} security option into the one the engine takes. */
    static void apply(ContainerSpec spec, CreateContainerCmd cmd, UnaryOperator<String> seccompProfile) {
        if (spec.name() != null) {
            cmd.withName(spec.name());
        }
        if (spec.cmd() != null) {
            cmd.withCmd(spec.cmd());
        }
        if (spec.entrypoint() != null) {
            cmd.withEntrypoint(spec.entrypoint());
        }
        cmd.withEnv(spec.envList())
                .withLabels(spec.labels())
                .withTty(spec.tty())
                .withStdinOpen(spec.stdinOpen())
                .withAttachStdin(spec.stdinOpen())
                .withStdInOnce(spec.stdinOnce());
        if (spec.workingDir() != null) cmd.withWorkingDir(spec.workingDir());
        if (spec.user() != null) cmd.withUser(spec.user());
        if (spec.hostname() != null) cmd.withHostName(spec.hostname());
        if (spec.domainname() != null) cmd.withDomainName(spec.domainname());
        if (spec.stopSignal() != null) cmd.withStopSignal(spec.stopSignal());
        if (spec.stopTimeout() != null) cmd.withStopTimeout((int) spec.stopTimeout().toSeconds());
        if (spec.healthcheck() != null) cmd.withHealthcheck(healthcheck(spec.healthcheck()));
        if (spec.platform() != null) cmd.withPlatform(spec.platform());
        if (spec.macAddress() != null) cmd.withMacAddress(spec.macAddress());
        cmd.withExposedPorts(exposedPorts(spec.ports()));

        UnmaskableHostConfig host = new UnmaskableHostConfig();
        host
                .withPortBindings(portBindings(spec.ports()))
                .withMounts(mounts(spec.mounts().stream().filter(m -> !m.createHostPath()).toList()))
                .withBinds(binds(spec.mounts().stream().filter(MountSpec::createHostPath).toList()))
                .withRestartPolicy(restartPolicy(spec.restartPolicy()))
                .withPrivileged(spec.privileged())
                .withReadonlyRootfs(spec.readOnlyRootfs())
                .withInit(spec.init())
                .withAutoRemove(spec.autoRemove());
        applyResources(spec.resources(), host);
        if (!spec.capAdd().isEmpty()) host.withCapAdd(capabilities(spec.capAdd()));
        if (!spec.capDrop().isEmpty()) host.withCapDrop(capabilities(spec.capDrop()));
        if (!spec.extraHosts().isEmpty()) host.withExtraHosts(spec.extraHosts().toArray(String[]::new));
        if (!spec.dns().isEmpty()) host.withDns(spec.dns());
        if (!spec.dnsSearch().isEmpty()) host.withDnsSearch(spec.dnsSearch());
        if (!spec.dnsOptions().isEmpty()) host.withDnsOptions(spec.dnsOptions());
        if (!spec.ulimits().isEmpty()) host.withUlimits(spec.ulimits().stream()
                .map(u -> new Ulimit(u.name(), u.soft(), u.hard())).toList());
        if (!spec.tmpfs().isEmpty()) host.withTmpFs(spec.tmpfs());
        if (spec.shmSizeBytes() != null) host.withShmSize(spec.shmSizeBytes());
        if (spec.logConfig() != null) host.withLogConfig(new LogConfig(
                LogConfig.LoggingType.fromValue(spec.logConfig().driver()), spec.logConfig().options()));
        applySecurityOptions(spec.securityOpt(), host, seccompProfile);
        if (!spec.sysctls().isEmpty()) host.withSysctls(spec.sysctls());
        if (!spec.groupAdd().isEmpty()) host.withGroupAdd(spec.groupAdd());
        if (spec.pidMode() != null) host.withPidMode(spec.pidMode());
        if (!spec.links().isEmpty()) host.withLinks(spec.links().stream().map(Link::parse).toList());
        if (!spec.volumesFrom().isEmpty()) {
            host.withVolumesFrom(spec.volumesFrom().stream().map(VolumesFrom::parse).toArray(VolumesFrom[]::new));
        }
        if (spec.ipcMode() != null) host.withIpcMode(spec.ipcMode());
        if (spec.runtime() != null) host.withRuntime(spec.runtime());
        if (spec.oomScoreAdj() != null) host.withOomScoreAdj(spec.oomScoreAdj());
        if (spec.usernsMode() != null) host.withUsernsMode(spec.usernsMode());
        if (spec.utsMode() != null) host.withUtSMode(spec.utsMode());
        if (spec.cgroupnsMode() != null) host.withCgroupnsMode(spec.cgroupnsMode());
        if (spec.isolation() != null) host.withIsolation(isolation(spec.isolation()));
        if (!spec.storageOpt().isEmpty()) host.withStorageOpt(spec.storageOpt());
        if (spec.volumeDriver() != null) host.withVolumeDriver(spec.volumeDriver());
        if (!spec.annotations().isEmpty()) host.withAnnotations(spec.annotations());

        Map.Entry<String, NetworkAttachmentSpec> first = spec.networks().entrySet().stream().findFirst().orElse(null);
        if (spec.networkMode() != null) {
            host.withNetworkMode(spec.networkMode());
        } else if (first != null) {
            host.withNetworkMode(first.getKey());
        }
        cmd.withHostConfig(host);
        if (first != null && first.getValue() != null) {
            NetworkAttachmentSpec attachment = first.getValue();
            if (!attachment.aliases().isEmpty()) cmd.withAliases(attachment.aliases());
            if (attachment.ipv4Address() != null) cmd.withIpv4Address(attachment.ipv4Address());
            if (attachment.ipv6Address() != null) cmd.withIpv6Address(attachment.ipv6Address());
        }
    }

    private static List<ExposedPort> exposedPorts(List<PortSpec> ports) {
        LinkedHashSet<ExposedPort> exposed = new LinkedHashSet<>();
        ports.forEach(p -> exposed.add(exposedPort(p)));
        return new ArrayList<>(exposed);
    }

    private static ExposedPort exposedPort(PortSpec p) {
        return new ExposedPort(p.containerPort(), InternetProtocol.parse(p.protocol()));
    }

    private static Ports portBindings(List<PortSpec> ports) {
        Ports bindings = new Ports();
        for (PortSpec p : ports) {
            if (p.isPublished()) {
                String hostPort = p.hostPort().equals("0") ? "" : p.hostPort();
                bindings.bind(exposedPort(p), new Ports.Binding(p.hostIp(), hostPort));
            }
        }
        return bindings;
    }

    /** Binds (not Mounts) for the short syntax: the engine creates a missing source, as {@code docker run -v}. */
    private static List<Bind> binds(List<MountSpec> mounts) {
        List<Bind> out = new ArrayList<>();
        for (MountSpec m : mounts) {
            out.add(new Bind(m.source(), new Volume(m.target()), m.readOnly() ? AccessMode.ro : AccessMode.rw,
                    SELContext.DEFAULT, null,
                    m.bindPropagation() == null ? PropagationMode.DEFAULT : PropagationMode.fromString(m.bindPropagation())));
        }
        return out;
    }

    private static List<Mount> mounts(List<MountSpec> mounts) {
        List<Mount> out = new ArrayList<>();
        for (MountSpec m : mounts) {
            Mount mount = new Mount().withTarget(m.target()).withReadOnly(m.readOnly());
            switch (m.type()) {
                case BIND -> {
                    mount.withType(MountType.BIND).withSource(m.source());
                    if (m.bindPropagation() != null) {
                        mount.withBindOptions(new BindOptions().withPropagation(propagation(m.bindPropagation())));
                    }
                }
                case VOLUME -> {
                    mount.withType(MountType.VOLUME).withSource(m.source());
                    if (m.noCopy()) {
                        mount.withVolumeOptions(new VolumeOptions().withNoCopy(true));
                    }
                }
                case TMPFS -> {
                    mount.withType(MountType.TMPFS);
                    if (m.tmpfsSizeBytes() != null || m.tmpfsMode() != null) {
                        mount.withTmpfsOptions(new TmpfsOptions().withSizeBytes(m.tmpfsSizeBytes())
                                .withMode(m.tmpfsMode()));
                    }
                }
            }
            out.add(mount);
        }
        return out;
    }

    private static BindPropagation propagation(String value) {
        String name = value.toUpperCase(Locale.ROOT);
        return BindPropagation.valueOf(name.startsWith("R") ? "R_" + name.substring(1) : name);
    }

    private static RestartPolicy restartPolicy(dev.jcompose.engine.RestartPolicy p) {
        return switch (p.name()) {
            case "always" -> RestartPolicy.alwaysRestart();
            case "unless-stopped" -> RestartPolicy.unlessStoppedRestart();
            case "on-failure" -> RestartPolicy.onFailureRestart(p.maxRetries());
            default -> RestartPolicy.noRestart();
        };
    }

    private static void applyResources(Resources r, HostConfig host) {
        if (r.memoryBytes() != null) host.withMemory(r.memoryBytes());
        if (r.memoryReservationBytes() != null) host.withMemoryReservation(r.memoryReservationBytes());
        if (r.memorySwapBytes() != null) host.withMemorySwap(r.memorySwapBytes());
        if (r.nanoCpus() != null) host.withNanoCPUs(r.nanoCpus());
        if (r.cpuShares() != null) host.withCpuShares(r.cpuShares());
        if (r.cpusetCpus() != null) host.withCpusetCpus(r.cpusetCpus());
        if (r.pidsLimit() != null) host.withPidsLimit(r.pidsLimit());
        if (r.cpuPeriod() != null) host.withCpuPeriod(r.cpuPeriod());
        if (r.cpuQuota() != null) host.withCpuQuota(r.cpuQuota());
        if (r.cpuRealtimePeriod() != null) host.withCpuRealtimePeriod(r.cpuRealtimePeriod());
        if (r.cpuRealtimeRuntime() != null) host.withCpuRealtimeRuntime(r.cpuRealtimeRuntime());
        if (r.cpuCount() != null) host.withCpuCount(r.cpuCount());
        if (r.cpuPercent() != null) host.withCpuPercent(r.cpuPercent());
        if (r.memorySwappiness() != null) host.withMemorySwappiness(r.memorySwappiness());
        if (r.oomKillDisable() != null) host.withOomKillDisable(r.oomKillDisable());
        if (r.cgroupParent() != null) host.withCgroupParent(r.cgroupParent());
        if (r.blkioWeight() != null) host.withBlkioWeight(r.blkioWeight());
        if (!r.blkioWeightDevices().isEmpty()) host.withBlkioWeightDevice(r.blkioWeightDevices().stream()
                .map(d -> new BlkioWeightDevice().withPath(d.path()).withWeight(d.weight())).toList());
        if (!r.blkioDeviceReadBps().isEmpty()) host.withBlkioDeviceReadBps(throttles(r.blkioDeviceReadBps()));
        if (!r.blkioDeviceReadIops().isEmpty()) host.withBlkioDeviceReadIOps(throttles(r.blkioDeviceReadIops()));
        if (!r.blkioDeviceWriteBps().isEmpty()) host.withBlkioDeviceWriteBps(throttles(r.blkioDeviceWriteBps()));
        if (!r.blkioDeviceWriteIops().isEmpty()) host.withBlkioDeviceWriteIOps(throttles(r.blkioDeviceWriteIops()));
        if (!r.devices().isEmpty()) host.withDevices(r.devices().stream()
                .map(d -> new Device(d.cgroupPermissions(), d.pathInContainer(), d.pathOnHost())).toList());
        if (!r.deviceCgroupRules().isEmpty()) host.withDeviceCgroupRules(r.deviceCgroupRules());
        if (!r.deviceRequests().isEmpty()) host.withDeviceRequests(r.deviceRequests().stream()
                .map(d -> new DeviceRequest().withDriver(d.driver()).withCount(d.count())
                        .withDeviceIds(d.deviceIds().isEmpty() ? null : d.deviceIds())
                        .withCapabilities(d.capabilities().isEmpty() ? null : d.capabilities())
                        .withOptions(d.options().isEmpty() ? null : d.options()))
                .toList());
    }

    /** The engine knows {@code default}, {@code process} and {@code hyperv} (the latter two on Windows only). */
    private static Isolation isolation(String value) {
        Isolation isolation = Isolation.fromValue(value.toLowerCase(Locale.ROOT));
        if (isolation == null) {
            throw new IllegalArgumentException("isolation \"" + value + "\" is none of default, process, hyperv");
        }
        return isolation;
    }

    private static List<BlkioRateDevice> throttles(List<Resources.Throttle> throttles) {
        return throttles.stream().map(t -> new BlkioRateDevice().withPath(t.path()).withRate(t.rate())).toList();
    }

    /**
     * As the docker CLI does: {@code systempaths=unconfined} empties the masked and read-only path lists (it is no
     * option the engine knows), and a seccomp profile named by its file goes to the engine as its content.
     */
    private static void applySecurityOptions(List<String> options, UnmaskableHostConfig host,
                                             UnaryOperator<String> seccompProfile) {
        List<String> sent = new ArrayList<>();
        for (String opt : options) {
            if (opt.equals("systempaths=unconfined")) {
                host.unmaskSystemPaths();
                continue;
            }
            sent.add(seccompFile(opt) ? seccompProfile.apply(opt) : opt);
        }
        if (!sent.isEmpty()) host.withSecurityOpts(sent);
    }

    /** {@code seccomp=<file>} or {@code seccomp:<file>}, not the engine's own {@code unconfined}/{@code builtin}. */
    static boolean seccompFile(String opt) {
        if (!opt.startsWith("seccomp=") && !opt.startsWith("seccomp:")) return false;
        String value = opt.substring("seccomp=".length()).strip();
        return !value.equals("unconfined") && !value.equals("builtin") && !value.startsWith("{");
    }

    private static Capability[] capabilities(List<String> names) {
        return names.stream()
                .map(n -> Capability.valueOf(n.toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "")))
                .toArray(Capability[]::new);
    }

    private static HealthCheck healthcheck(HealthcheckSpec h) {
        HealthCheck check = new HealthCheck().withTest(h.test());
        if (h.interval() != null) check.withInterval(nanos(h.interval()));
        if (h.timeout() != null) check.withTimeout(nanos(h.timeout()));
        if (h.retries() != null) check.withRetries(h.retries());
        if (h.startPeriod() != null) check.withStartPeriod(nanos(h.startPeriod()));
        if (h.startInterval() != null) check.withStartInterval(nanos(h.startInterval()));
        return check;
    }

    private static Long nanos(Duration d) {
        return d.toNanos();
    }
}
