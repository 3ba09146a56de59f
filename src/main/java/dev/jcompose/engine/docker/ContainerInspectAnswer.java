package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.JsonTree.array;
import static dev.jcompose.engine.docker.JsonTree.at;
import static dev.jcompose.engine.docker.JsonTree.isTrue;
import static dev.jcompose.engine.docker.JsonTree.number;
import static dev.jcompose.engine.docker.JsonTree.object;
import static dev.jcompose.engine.docker.JsonTree.string;
import static dev.jcompose.engine.docker.JsonTree.stringList;
import static dev.jcompose.engine.docker.JsonTree.strings;
import static dev.jcompose.engine.docker.JsonTree.text;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerSettings;
import dev.jcompose.engine.ContainerState;
import dev.jcompose.engine.HealthProbe;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.MountInfo;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.NetworkAttachment;
import dev.jcompose.engine.PublishedPort;
import dev.jcompose.engine.Resources;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /containers/{id}/json} ({@link JsonTree} values) as the port's records. The engine omits empties. */
final class ContainerInspectAnswer {
    /** The engine writes this for "never". */
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private ContainerInspectAnswer() {
    }

    static ContainerDetails details(Object r) {
        Object config = at(r, "Config");
        Object s = at(r, "State");
        ContainerState state = new ContainerState(text(at(s, "Status")), isTrue(at(s, "Running")),
                (int) number(at(s, "ExitCode"), 0), string(at(s, "Health", "Status")), isTrue(at(s, "OOMKilled")),
                instant(string(at(s, "StartedAt"))), instant(string(at(s, "FinishedAt"))),
                blankToNull(string(at(s, "Error"))));
        Map<String, NetworkAttachment> networks = new LinkedHashMap<>();
        object(at(r, "NetworkSettings", "Networks")).forEach((name, n) -> networks.put(name, new NetworkAttachment(
                stringList(at(n, "Aliases")), blankToNull(string(at(n, "IPAddress"))),
                blankToNull(string(at(n, "MacAddress"))))));
        List<PublishedPort> ports = new ArrayList<>();
        object(at(r, "NetworkSettings", "Ports")).forEach((key, bindings) -> {
            int slash = key.indexOf('/');
            int port = parsePort(slash < 0 ? key : key.substring(0, slash));
            String protocol = slash < 0 ? "tcp" : key.substring(slash + 1);
            List<Object> bound = array(bindings);
            if (bound.isEmpty()) {
                ports.add(new PublishedPort(port, protocol, null, 0));
            }
            for (Object b : bound) {
                ports.add(new PublishedPort(port, protocol, string(at(b, "HostIp")),
                        parsePort(string(at(b, "HostPort")))));
            }
        });
        List<MountInfo> mounts = new ArrayList<>();
        for (Object m : array(at(r, "Mounts"))) {
            mounts.add(new MountInfo(mountType(string(at(m, "Type"))), string(at(m, "Name")), string(at(m, "Source")),
                    string(at(m, "Destination")), !Boolean.FALSE.equals(at(m, "RW"))));
        }
        String restart = text(at(r, "HostConfig", "RestartPolicy", "Name"));
        return new ContainerDetails(text(at(r, "Id")), text(at(r, "Name")).replaceFirst("^/", ""),
                text(at(config, "Image")), text(at(r, "Image")), instant(string(at(r, "Created"))),
                strings(at(config, "Labels")), stringList(at(config, "Env")), stringList(at(config, "Cmd")),
                stringList(at(config, "Entrypoint")), blankToNull(string(at(config, "WorkingDir"))),
                blankToNull(string(at(config, "User"))), blankToNull(string(at(config, "Hostname"))), mounts,
                networks, ports, state, (int) number(at(r, "RestartCount"), 0), restart.isEmpty() ? "no" : restart,
                settings(r));
    }

    /** What the engine reports of the create-time settings the port's {@link ContainerSettings} names. */
    static ContainerSettings settings(Object r) {
        Object config = at(r, "Config");
        Object h = at(r, "HostConfig");
        List<String> exposed = new ArrayList<>(object(at(config, "ExposedPorts")).keySet());
        List<String> engineLinks = stringList(at(h, "Links"));
        Object firstNetwork = object(at(r, "NetworkSettings", "Networks")).values().stream().findFirst().orElse(null);
        // on a user-defined network the engine keeps a container's links on its endpoint there
        if (engineLinks.isEmpty()) engineLinks = stringList(at(firstNetwork, "Links"));
        List<String> links = new ArrayList<>();
        for (String l : engineLinks) links.add(link(l));
        boolean unmasked = at(h, "MaskedPaths") instanceof List<?> masked && masked.isEmpty()
                && at(h, "ReadonlyPaths") instanceof List<?> readonly && readonly.isEmpty();
        return new ContainerSettings(resources(h), healthcheck(at(config, "Healthcheck")),
                blankToNull(string(at(h, "Runtime"))), integer(at(h, "OomScoreAdj")),
                blankToNull(string(at(h, "UsernsMode"))), blankToNull(string(at(h, "UTSMode"))),
                blankToNull(string(at(h, "CgroupnsMode"))), blankToNull(string(at(h, "Isolation"))),
                strings(at(h, "StorageOpt")), blankToNull(string(at(h, "VolumeDriver"))),
                macAddress(config, firstNetwork), strings(at(h, "Annotations")),
                stringList(at(h, "SecurityOpt")), strings(at(h, "Sysctls")),
                stringList(at(h, "GroupAdd")), blankToNull(string(at(h, "IpcMode"))),
                blankToNull(string(at(h, "PidMode"))), blankToNull(string(at(config, "Domainname"))),
                stringList(at(h, "DnsSearch")), stringList(at(h, "DnsOptions")),
                isTrue(at(config, "Tty")), isTrue(at(config, "OpenStdin")), isTrue(at(h, "ReadonlyRootfs")),
                exposed, links, unmasked);
    }

    /** The engine's {@code /target:/container/alias} (or the asked {@code target:alias}) as {@code target:alias}. */
    private static String link(String engineForm) {
        int colon = engineForm.indexOf(':');
        if (colon < 0) return engineForm;
        String target = engineForm.substring(0, colon);
        String alias = engineForm.substring(colon + 1);
        return target.substring(target.startsWith("/") ? 1 : 0) + ":" + alias.substring(alias.lastIndexOf('/') + 1);
    }

    /** The health probes the engine keeps (its last five), oldest first. */
    static List<HealthProbe> healthProbes(Object r) {
        List<HealthProbe> out = new ArrayList<>();
        for (Object probe : array(at(r, "State", "Health", "Log"))) {
            out.add(new HealthProbe(instant(string(at(probe, "Start"))), (int) number(at(probe, "ExitCode"), -1),
                    text(at(probe, "Output"))));
        }
        return out;
    }

    /**
     * The container-wide address asked for; from API 1.44 the engine keeps it on the first network's endpoint
     * instead, where a created container shows it too.
     */
    private static String macAddress(Object config, Object firstNetwork) {
        String configured = blankToNull(string(at(config, "MacAddress")));
        return configured != null ? configured : blankToNull(string(at(firstNetwork, "MacAddress")));
    }

    /** Zero is how the engine writes "not set" for its numeric limits. */
    private static Resources resources(Object h) {
        Long swappiness = longValue(at(h, "MemorySwappiness"));
        List<Resources.WeightDevice> weights = new ArrayList<>();
        for (Object d : array(at(h, "BlkioWeightDevice"))) {
            weights.add(new Resources.WeightDevice(string(at(d, "Path")), (int) number(at(d, "Weight"), 0)));
        }
        List<Resources.Device> devices = new ArrayList<>();
        for (Object d : array(at(h, "Devices"))) {
            devices.add(new Resources.Device(string(at(d, "PathOnHost")), string(at(d, "PathInContainer")),
                    string(at(d, "CgroupPermissions"))));
        }
        List<Resources.DeviceRequest> requests = new ArrayList<>();
        for (Object d : array(at(h, "DeviceRequests"))) {
            List<List<String>> capabilities = new ArrayList<>();
            for (Object alternative : array(at(d, "Capabilities"))) capabilities.add(stringList(alternative));
            requests.add(new Resources.DeviceRequest(blankToNull(string(at(d, "Driver"))),
                    (int) number(at(d, "Count"), 0), stringList(at(d, "DeviceIDs")), capabilities,
                    strings(at(d, "Options"))));
        }
        long shares = number(at(h, "CpuShares"), 0);
        long weight = number(at(h, "BlkioWeight"), 0);
        return Resources.builder()
                .memoryBytes(positive(at(h, "Memory")))
                .memoryReservationBytes(positive(at(h, "MemoryReservation")))
                .memorySwapBytes(nonZero(at(h, "MemorySwap")))
                .nanoCpus(positive(at(h, "NanoCpus")))
                .cpuShares(shares == 0 ? null : (int) shares)
                .cpusetCpus(blankToNull(string(at(h, "CpusetCpus"))))
                .pidsLimit(nonZero(at(h, "PidsLimit")))
                .cpuPeriod(positive(at(h, "CpuPeriod")))
                .cpuQuota(nonZero(at(h, "CpuQuota")))
                .cpuRealtimePeriod(positive(at(h, "CpuRealtimePeriod")))
                .cpuRealtimeRuntime(nonZero(at(h, "CpuRealtimeRuntime")))
                .cpuCount(positive(at(h, "CpuCount")))
                .cpuPercent(positive(at(h, "CpuPercent")))
                .memorySwappiness(swappiness == null || swappiness < 0 ? null : swappiness)
                .oomKillDisable(isTrue(at(h, "OomKillDisable")) ? Boolean.TRUE : null)
                .cgroupParent(blankToNull(string(at(h, "CgroupParent"))))
                .blkioWeight(weight == 0 ? null : (int) weight)
                .blkioWeightDevices(weights)
                .blkioDeviceReadBps(throttles(at(h, "BlkioDeviceReadBps")))
                .blkioDeviceReadIops(throttles(at(h, "BlkioDeviceReadIOps")))
                .blkioDeviceWriteBps(throttles(at(h, "BlkioDeviceWriteBps")))
                .blkioDeviceWriteIops(throttles(at(h, "BlkioDeviceWriteIOps")))
                .devices(devices)
                .deviceCgroupRules(stringList(at(h, "DeviceCgroupRules")))
                .deviceRequests(requests)
                .build();
    }

    private static List<Resources.Throttle> throttles(Object devices) {
        List<Resources.Throttle> out = new ArrayList<>();
        for (Object d : array(devices)) {
            out.add(new Resources.Throttle(string(at(d, "Path")), number(at(d, "Rate"), 0)));
        }
        return out;
    }

    private static HealthcheckSpec healthcheck(Object h) {
        List<String> test = stringList(at(h, "Test"));
        if (test.isEmpty()) return null;
        long retries = number(at(h, "Retries"), 0);
        return new HealthcheckSpec(test, duration(at(h, "Interval")), duration(at(h, "Timeout")),
                retries == 0 ? null : (int) retries, duration(at(h, "StartPeriod")),
                duration(at(h, "StartInterval")));
    }

    private static Duration duration(Object nanos) {
        long n = number(nanos, 0);
        return n == 0 ? null : Duration.ofNanos(n);
    }

    private static Long longValue(Object v) {
        return v instanceof Number n ? n.longValue() : null;
    }

    private static Integer integer(Object v) {
        return v instanceof Number n ? n.intValue() : null;
    }

    private static Long positive(Object v) {
        long n = number(v, 0);
        return n <= 0 ? null : n;
    }

    private static Long nonZero(Object v) {
        long n = number(v, 0);
        return n == 0 ? null : n;
    }

    private static MountType mountType(String type) {
        if (type == null) return MountType.VOLUME;
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "bind" -> MountType.BIND;
            case "tmpfs" -> MountType.TMPFS;
            default -> MountType.VOLUME;
        };
    }

    private static int parsePort(String spec) {
        try {
            return spec == null || spec.isEmpty() ? 0 : Integer.parseInt(spec);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Instant instant(String text) {
        if (text == null || text.isEmpty() || text.equals(ZERO_TIME)) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
