package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.JsonBodies.map;
import static dev.jcompose.engine.docker.JsonBodies.string;
import static dev.jcompose.engine.docker.JsonBodies.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.MountSpec;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.PortSpec;
import dev.jcompose.engine.Resources;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The body of {@code POST /containers/create} for a {@link ContainerSpec}: the container's config, its
 * {@code HostConfig}, and in {@code NetworkingConfig} every network's endpoint, or before API 1.44 (one network at
 * create) the first network's (the others are joined before the container starts). Written field by field with jackson-core's generator: mapping docker-java's model through
 * Jackson's object mapper cost more CPU per container than the engine's own work on it.
 */
final class ContainerCreateBody {
    private static final Set<String> ISOLATIONS = Set.of("default", "process", "hyperv");

    private ContainerCreateBody() {
    }

    /**
     * {@code everyNetwork}: all endpoints in the request (API 1.44), else the first one only; {@code seccompProfile}
     * turns a {@code seccomp=<file>} security option into the one the engine takes.
     */
    static byte[] json(ContainerSpec spec, boolean everyNetwork, UnaryOperator<String> seccompProfile) {
        String isolation = isolation(spec.isolation());
        return JsonBodies.write(g -> {
            g.writeStartObject();
            string(g, "Hostname", spec.hostname());
            string(g, "Domainname", spec.domainname());
            string(g, "User", spec.user());
            g.writeBooleanField("AttachStdin", spec.stdinOpen());
            g.writeBooleanField("Tty", spec.tty());
            g.writeBooleanField("OpenStdin", spec.stdinOpen());
            g.writeBooleanField("StdinOnce", spec.stdinOnce());
            exposedPorts(g, spec.ports());
            strings(g, "Env", spec.envList());
            if (spec.cmd() != null) strings(g, "Cmd", spec.cmd());
            if (spec.healthcheck() != null) healthcheck(g, spec.healthcheck());
            if (spec.entrypoint() != null) strings(g, "Entrypoint", spec.entrypoint());
            g.writeStringField("Image", spec.image());
            string(g, "WorkingDir", spec.workingDir());
            map(g, "Labels", spec.labels());
            string(g, "StopSignal", spec.stopSignal());
            if (spec.stopTimeout() != null) g.writeNumberField("StopTimeout", spec.stopTimeout().toSeconds());
            string(g, "MacAddress", spec.macAddress());
            hostConfig(g, spec, isolation, seccompProfile);
            networkingConfig(g, spec, everyNetwork);
            g.writeEndObject();
        });
    }

    private static void exposedPorts(JsonGenerator g, List<PortSpec> ports) throws IOException {
        if (ports.isEmpty()) return;
        Set<String> exposed = new LinkedHashSet<>();
        for (PortSpec p : ports) exposed.add(portKey(p));
        g.writeObjectFieldStart("ExposedPorts");
        for (String key : exposed) {
            g.writeObjectFieldStart(key);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static String portKey(PortSpec p) {
        return p.containerPort() + "/" + p.protocol().toLowerCase(Locale.ROOT);
    }

    private static void healthcheck(JsonGenerator g, HealthcheckSpec h) throws IOException {
        g.writeObjectFieldStart("Healthcheck");
        strings(g, "Test", h.test());
        nanos(g, "Interval", h.interval());
        nanos(g, "Timeout", h.timeout());
        if (h.retries() != null) g.writeNumberField("Retries", h.retries());
        nanos(g, "StartPeriod", h.startPeriod());
        nanos(g, "StartInterval", h.startInterval());
        g.writeEndObject();
    }

    private static void hostConfig(JsonGenerator g, ContainerSpec spec, String isolation,
                                   UnaryOperator<String> seccompProfile) throws IOException {
        g.writeObjectFieldStart("HostConfig");
        portBindings(g, spec.ports());
        List<String> binds = new ArrayList<>();
        List<MountSpec> mounts = new ArrayList<>();
        for (MountSpec m : spec.mounts()) {
            if (m.createHostPath()) binds.add(bind(m));
            else mounts.add(m);
        }
        if (!binds.isEmpty()) strings(g, "Binds", binds);
        if (!mounts.isEmpty()) mounts(g, mounts);
        g.writeObjectFieldStart("RestartPolicy");
        g.writeStringField("Name", restartPolicyName(spec.restartPolicy().name()));
        g.writeNumberField("MaximumRetryCount", spec.restartPolicy().maxRetries());
        g.writeEndObject();
        g.writeBooleanField("Privileged", spec.privileged());
        g.writeBooleanField("ReadonlyRootfs", spec.readOnlyRootfs());
        if (spec.init() != null) g.writeBooleanField("Init", spec.init());
        g.writeBooleanField("AutoRemove", spec.autoRemove());
        resources(g, spec.resources());
        if (!spec.capAdd().isEmpty()) strings(g, "CapAdd", capabilities(spec.capAdd()));
        if (!spec.capDrop().isEmpty()) strings(g, "CapDrop", capabilities(spec.capDrop()));
        if (!spec.extraHosts().isEmpty()) strings(g, "ExtraHosts", spec.extraHosts());
        if (!spec.dns().isEmpty()) strings(g, "Dns", spec.dns());
        if (!spec.dnsSearch().isEmpty()) strings(g, "DnsSearch", spec.dnsSearch());
        if (!spec.dnsOptions().isEmpty()) strings(g, "DnsOptions", spec.dnsOptions());
        if (!spec.ulimits().isEmpty()) {
            g.writeArrayFieldStart("Ulimits");
            for (var u : spec.ulimits()) {
                g.writeStartObject();
                g.writeStringField("Name", u.name());
                g.writeNumberField("Soft", u.soft());
                g.writeNumberField("Hard", u.hard());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!spec.tmpfs().isEmpty()) map(g, "Tmpfs", spec.tmpfs());
        if (spec.shmSizeBytes() != null) g.writeNumberField("ShmSize", spec.shmSizeBytes());
        if (spec.logConfig() != null) {
            g.writeObjectFieldStart("LogConfig");
            g.writeStringField("Type", spec.logConfig().driver());
            map(g, "Config", spec.logConfig().options());
            g.writeEndObject();
        }
        securityOptions(g, spec.securityOpt(), seccompProfile);
        if (!spec.sysctls().isEmpty()) map(g, "Sysctls", spec.sysctls());
        if (!spec.groupAdd().isEmpty()) strings(g, "GroupAdd", spec.groupAdd());
        string(g, "PidMode", spec.pidMode());
        if (!spec.links().isEmpty()) strings(g, "Links", spec.links());
        if (!spec.volumesFrom().isEmpty()) strings(g, "VolumesFrom", volumesFrom(spec.volumesFrom()));
        string(g, "IpcMode", spec.ipcMode());
        string(g, "Runtime", spec.runtime());
        if (spec.oomScoreAdj() != null) g.writeNumberField("OomScoreAdj", spec.oomScoreAdj());
        string(g, "UsernsMode", spec.usernsMode());
        string(g, "UTSMode", spec.utsMode());
        string(g, "CgroupnsMode", spec.cgroupnsMode());
        string(g, "Isolation", isolation);
        if (!spec.storageOpt().isEmpty()) map(g, "StorageOpt", spec.storageOpt());
        string(g, "VolumeDriver", spec.volumeDriver());
        if (!spec.annotations().isEmpty()) map(g, "Annotations", spec.annotations());
        String firstNetwork = spec.networks().isEmpty() ? null : spec.networks().keySet().iterator().next();
        string(g, "NetworkMode", spec.networkMode() != null ? spec.networkMode() : firstNetwork);
        g.writeEndObject();
    }

    /** The engine takes {@code no} for "never"; an empty name reads the same, but is not what Compose sends. */
    private static String restartPolicyName(String name) {
        return switch (name) {
            case "always", "unless-stopped", "on-failure" -> name;
            default -> "no";
        };
    }

    private static void portBindings(JsonGenerator g, List<PortSpec> ports) throws IOException {
        Map<String, List<PortSpec>> byPort = new LinkedHashMap<>();
        for (PortSpec p : ports) {
            if (p.isPublished()) byPort.computeIfAbsent(portKey(p), k -> new ArrayList<>()).add(p);
        }
        if (byPort.isEmpty()) return;
        g.writeObjectFieldStart("PortBindings");
        for (var e : byPort.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (PortSpec p : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("HostIp", p.hostIp() == null ? "" : p.hostIp());
                g.writeStringField("HostPort", p.hostPort().equals("0") ? "" : p.hostPort());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The short syntax as {@code docker run -v} sends it, so that the engine creates a missing source. */
    private static String bind(MountSpec m) {
        return m.source() + ":" + m.target() + ":" + (m.readOnly() ? "ro" : "rw")
                + (m.bindPropagation() == null ? "" : "," + m.bindPropagation());
    }

    private static void mounts(JsonGenerator g, List<MountSpec> mounts) throws IOException {
        g.writeArrayFieldStart("Mounts");
        for (MountSpec m : mounts) {
            g.writeStartObject();
            g.writeStringField("Target", m.target());
            switch (m.type()) {
                case BIND -> {
                    g.writeStringField("Source", m.source());
                    g.writeStringField("Type", "bind");
                    g.writeBooleanField("ReadOnly", m.readOnly());
                    if (m.bindPropagation() != null) {
                        g.writeObjectFieldStart("BindOptions");
                        g.writeStringField("Propagation", m.bindPropagation().toLowerCase(Locale.ROOT));
                        g.writeEndObject();
                    }
                }
                case VOLUME -> {
                    string(g, "Source", m.source());
                    g.writeStringField("Type", "volume");
                    g.writeBooleanField("ReadOnly", m.readOnly());
                    if (m.noCopy()) {
                        g.writeObjectFieldStart("VolumeOptions");
                        g.writeBooleanField("NoCopy", true);
                        g.writeEndObject();
                    }
                }
                case TMPFS -> {
                    g.writeStringField("Type", "tmpfs");
                    g.writeBooleanField("ReadOnly", m.readOnly());
                    if (m.tmpfsSizeBytes() != null || m.tmpfsMode() != null) {
                        g.writeObjectFieldStart("TmpfsOptions");
                        if (m.tmpfsSizeBytes() != null) g.writeNumberField("SizeBytes", m.tmpfsSizeBytes());
                        if (m.tmpfsMode() != null) g.writeNumberField("Mode", m.tmpfsMode());
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void resources(JsonGenerator g, Resources r) throws IOException {
        number(g, "Memory", r.memoryBytes());
        number(g, "MemoryReservation", r.memoryReservationBytes());
        number(g, "MemorySwap", r.memorySwapBytes());
        number(g, "NanoCpus", r.nanoCpus());
        if (r.cpuShares() != null) g.writeNumberField("CpuShares", r.cpuShares());
        string(g, "CpusetCpus", r.cpusetCpus());
        number(g, "PidsLimit", r.pidsLimit());
        number(g, "CpuPeriod", r.cpuPeriod());
        number(g, "CpuQuota", r.cpuQuota());
        number(g, "CpuRealtimePeriod", r.cpuRealtimePeriod());
        number(g, "CpuRealtimeRuntime", r.cpuRealtimeRuntime());
        number(g, "CpuCount", r.cpuCount());
        number(g, "CpuPercent", r.cpuPercent());
        number(g, "MemorySwappiness", r.memorySwappiness());
        if (r.oomKillDisable() != null) g.writeBooleanField("OomKillDisable", r.oomKillDisable());
        string(g, "CgroupParent", r.cgroupParent());
        if (r.blkioWeight() != null) g.writeNumberField("BlkioWeight", r.blkioWeight());
        if (!r.blkioWeightDevices().isEmpty()) {
            g.writeArrayFieldStart("BlkioWeightDevice");
            for (var d : r.blkioWeightDevices()) {
                g.writeStartObject();
                g.writeStringField("Path", d.path());
                g.writeNumberField("Weight", d.weight());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        throttles(g, "BlkioDeviceReadBps", r.blkioDeviceReadBps());
        throttles(g, "BlkioDeviceReadIOps", r.blkioDeviceReadIops());
        throttles(g, "BlkioDeviceWriteBps", r.blkioDeviceWriteBps());
        throttles(g, "BlkioDeviceWriteIOps", r.blkioDeviceWriteIops());
        if (!r.devices().isEmpty()) {
            g.writeArrayFieldStart("Devices");
            for (var d : r.devices()) {
                g.writeStartObject();
                string(g, "CgroupPermissions", d.cgroupPermissions());
                string(g, "PathOnHost", d.pathOnHost());
                string(g, "PathInContainer", d.pathInContainer());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!r.deviceCgroupRules().isEmpty()) strings(g, "DeviceCgroupRules", r.deviceCgroupRules());
        if (!r.deviceRequests().isEmpty()) {
            g.writeArrayFieldStart("DeviceRequests");
            for (var d : r.deviceRequests()) {
                g.writeStartObject();
                string(g, "Driver", d.driver());
                g.writeNumberField("Count", d.count());
                if (!d.deviceIds().isEmpty()) strings(g, "DeviceIDs", d.deviceIds());
                if (!d.capabilities().isEmpty()) {
                    g.writeArrayFieldStart("Capabilities");
                    for (List<String> alternative : d.capabilities()) {
                        g.writeStartArray();
                        for (String c : alternative) g.writeString(c);
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                }
                if (!d.options().isEmpty()) map(g, "Options", d.options());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void throttles(JsonGenerator g, String field, List<Resources.Throttle> throttles)
            throws IOException {
        if (throttles.isEmpty()) return;
        g.writeArrayFieldStart(field);
        for (var t : throttles) {
            g.writeStartObject();
            g.writeStringField("Path", t.path());
            g.writeNumberField("Rate", t.rate());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * As the docker CLI does: {@code systempaths=unconfined} empties the masked and read-only path lists (it is no
     * option the engine knows), and a seccomp profile named by its file goes to the engine as its content.
     */
    private static void securityOptions(JsonGenerator g, List<String> options, UnaryOperator<String> seccompProfile)
            throws IOException {
        List<String> sent = new ArrayList<>();
        boolean unmask = false;
        for (String opt : options) {
            if (opt.equals("systempaths=unconfined")) {
                unmask = true;
                continue;
            }
            sent.add(seccompFile(opt) ? seccompProfile.apply(opt) : opt);
        }
        if (!sent.isEmpty()) strings(g, "SecurityOpt", sent);
        if (unmask) {
            strings(g, "MaskedPaths", List.of());
            strings(g, "ReadonlyPaths", List.of());
        }
    }

    /** {@code seccomp=<file>} or {@code seccomp:<file>}, not the engine's own {@code unconfined}/{@code builtin}. */
    static boolean seccompFile(String opt) {
        if (!opt.startsWith("seccomp=") && !opt.startsWith("seccomp:")) return false;
        String value = opt.substring("seccomp=".length()).strip();
        return !value.equals("unconfined") && !value.equals("builtin") && !value.startsWith("{");
    }

    /** The engine's names: upper case without {@code CAP_}, as the docker CLI normalises them. */
    private static List<String> capabilities(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String upper = n.toUpperCase(Locale.ROOT);
            out.add(upper.startsWith("CAP_") ? upper.substring(4) : upper);
        }
        return out;
    }

    /** {@code container} or {@code container:ro|rw}: read-write unless said, written out as the docker CLI does. */
    private static List<String> volumesFrom(List<String> sources) {
        List<String> out = new ArrayList<>(sources.size());
        for (String s : sources) out.add(s.endsWith(":ro") || s.endsWith(":rw") ? s : s + ":rw");
        return out;
    }

    /** The engine knows {@code default}, {@code process} and {@code hyperv} (the latter two on Windows only). */
    private static String isolation(String value) {
        if (value == null) return null;
        String lower = value.toLowerCase(Locale.ROOT);
        if (!ISOLATIONS.contains(lower)) {
            throw new IllegalArgumentException("isolation \"" + value + "\" is none of default, process, hyperv");
        }
        return lower;
    }

    private static void networkingConfig(JsonGenerator g, ContainerSpec spec, boolean everyNetwork)
            throws IOException {
        if (spec.networks().isEmpty()) return;
        g.writeObjectFieldStart("NetworkingConfig");
        g.writeObjectFieldStart("EndpointsConfig");
        boolean first = true;
        for (Map.Entry<String, NetworkAttachmentSpec> e : spec.networks().entrySet()) {
            if (!first && !everyNetwork) break;
            g.writeFieldName(e.getKey());
            // on a user-defined network the engine keeps a container's links on its endpoint there (the first's)
            NetworkEndpoint.write(g, e.getValue(), first ? spec.links() : List.of());
            first = false;
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Long value) throws IOException {
        if (value != null) g.writeNumberField(field, value);
    }

    private static void nanos(JsonGenerator g, String field, Duration value) throws IOException {
        if (value != null) g.writeNumberField(field, value.toNanos());
    }
}
