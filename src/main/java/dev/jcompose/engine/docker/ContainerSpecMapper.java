package dev.jcompose.engine.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.BindOptions;
import com.github.dockerjava.api.model.BindPropagation;
import com.github.dockerjava.api.model.Capability;
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

/** Fills a docker-java create command from a {@link ContainerSpec}. Only the first network is joined at create. */
final class ContainerSpecMapper {
    private ContainerSpecMapper() {
    }

    static void apply(ContainerSpec spec, CreateContainerCmd cmd) {
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
        cmd.withExposedPorts(exposedPorts(spec.ports()));

        HostConfig host = HostConfig.newHostConfig()
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
        if (!spec.securityOpt().isEmpty()) host.withSecurityOpts(spec.securityOpt());
        if (!spec.sysctls().isEmpty()) host.withSysctls(spec.sysctls());
        if (!spec.groupAdd().isEmpty()) host.withGroupAdd(spec.groupAdd());
        if (spec.pidMode() != null) host.withPidMode(spec.pidMode());
        if (!spec.links().isEmpty()) host.withLinks(spec.links().stream().map(Link::parse).toList());
        if (!spec.volumesFrom().isEmpty()) {
            host.withVolumesFrom(spec.volumesFrom().stream().map(VolumesFrom::parse).toArray(VolumesFrom[]::new));
        }
        if (spec.ipcMode() != null) host.withIpcMode(spec.ipcMode());

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
        return check;
    }

    private static Long nanos(Duration d) {
        return d.toNanos();
    }
}
