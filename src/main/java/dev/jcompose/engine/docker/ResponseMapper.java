package dev.jcompose.engine.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.BlkioRateDevice;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Link;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerSettings;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.Resources;
import dev.jcompose.engine.ContainerState;
import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.MountInfo;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.NetworkAttachment;
import dev.jcompose.engine.PublishedPort;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** docker-java's response objects → the port's records. Null-safe: the engine omits empty fields. */
final class ResponseMapper {
    /** The engine writes this for "never". */
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private ResponseMapper() {
    }

    static ContainerDetails details(InspectContainerResponse r) {
        var config = r.getConfig();
        var s = r.getState();
        String health = s.getHealth() == null ? null : s.getHealth().getStatus();
        ContainerState state = new ContainerState(nz(s.getStatus()), Boolean.TRUE.equals(s.getRunning()),
                s.getExitCodeLong() == null ? 0 : s.getExitCodeLong().intValue(), health,
                Boolean.TRUE.equals(s.getOOMKilled()), instant(s.getStartedAt()), instant(s.getFinishedAt()),
                blankToNull(s.getError()));
        Map<String, NetworkAttachment> networks = new LinkedHashMap<>();
        if (r.getNetworkSettings() != null && r.getNetworkSettings().getNetworks() != null) {
            for (Map.Entry<String, ContainerNetwork> e : r.getNetworkSettings().getNetworks().entrySet()) {
                ContainerNetwork n = e.getValue();
                networks.put(e.getKey(), new NetworkAttachment(list(n.getAliases()), blankToNull(n.getIpAddress()),
                        blankToNull(n.getMacAddress())));
            }
        }
        List<PublishedPort> ports = new ArrayList<>();
        if (r.getNetworkSettings() != null && r.getNetworkSettings().getPorts() != null) {
            for (Map.Entry<ExposedPort, Ports.Binding[]> e : r.getNetworkSettings().getPorts().getBindings().entrySet()) {
                ExposedPort exposed = e.getKey();
                String protocol = exposed.getProtocol().toString();
                if (e.getValue() == null || e.getValue().length == 0) {
                    ports.add(new PublishedPort(exposed.getPort(), protocol, null, 0));
                    continue;
                }
                for (Ports.Binding b : e.getValue()) {
                    ports.add(new PublishedPort(exposed.getPort(), protocol, b.getHostIp(),
                            parsePort(b.getHostPortSpec())));
                }
            }
        }
        List<MountInfo> mounts = new ArrayList<>();
        if (r.getMounts() != null) {
            for (InspectContainerResponse.Mount m : r.getMounts()) {
                Object type = m.getRawValues().get("Type");
                mounts.add(new MountInfo(mountType(type == null ? null : type.toString()), m.getName(),
                        m.getSource(), m.getDestination() == null ? null : m.getDestination().getPath(),
                        !Boolean.FALSE.equals(m.getRW())));
            }
        }
        var restart = r.getHostConfig() == null ? null : r.getHostConfig().getRestartPolicy();
        return new ContainerDetails(r.getId(), nz(r.getName()).replaceFirst("^/", ""), nz(config.getImage()),
                nz(r.getImageId()), instant(r.getCreated()), map(config.getLabels()), array(config.getEnv()),
                array(config.getCmd()), array(config.getEntrypoint()), blankToNull(config.getWorkingDir()),
                blankToNull(config.getUser()), blankToNull(config.getHostName()), mounts, networks, ports, state,
                r.getRestartCount() == null ? 0 : r.getRestartCount(),
                restart == null || restart.getName() == null || restart.getName().isEmpty() ? "no" : restart.getName(),
                settings(r));
    }

    /** What the engine reports of the create-time settings the port's {@link ContainerSettings} names. */
    static ContainerSettings settings(InspectContainerResponse r) {
        var config = r.getConfig();
        HostConfig h = r.getHostConfig() == null ? new HostConfig() : r.getHostConfig();
        List<String> exposed = new ArrayList<>();
        if (config.getExposedPorts() != null) {
            for (ExposedPort p : config.getExposedPorts()) exposed.add(p.getPort() + "/" + p.getProtocol());
        }
        List<String> links = new ArrayList<>();
        if (h.getLinks() != null) {
            for (Link l : h.getLinks()) links.add(l.getName() + ":" + l.getAlias());
        }
        // on a user-defined network the engine keeps a container's links on its endpoint there
        if (links.isEmpty() && r.getNetworkSettings() != null && r.getNetworkSettings().getNetworks() != null) {
            r.getNetworkSettings().getNetworks().values().stream().findFirst()
                    .filter(n -> n.getLinks() != null)
                    .ifPresent(n -> Arrays.stream(n.getLinks()).forEach(l -> links.add(l.getName() + ":" + l.getAlias())));
        }
        // docker-java models neither list; the response's raw values hold them (its HostConfig's do not)
        Map<?, ?> rawHost = r.getRawValues().get("HostConfig") instanceof Map<?, ?> m ? m : Map.of();
        Object masked = rawHost.get("MaskedPaths");
        Object readonly = rawHost.get("ReadonlyPaths");
        boolean unmasked = masked instanceof List<?> mp && mp.isEmpty() && readonly instanceof List<?> ro && ro.isEmpty();
        return new ContainerSettings(resources(h), healthcheck(config.getHealthcheck()), blankToNull(h.getRuntime()),
                h.getOomScoreAdj(), blankToNull(h.getUsernsMode()), blankToNull(h.getUtSMode()),
                blankToNull(h.getCgroupnsMode()), h.getIsolation() == null ? null : h.getIsolation().getValue(),
                map(h.getStorageOpt()), blankToNull(h.getVolumeDriver()), macAddress(r),
                map(h.getAnnotations()), h.getSecurityOpts(), map(h.getSysctls()), h.getGroupAdd(),
                blankToNull(h.getIpcMode()), blankToNull(h.getPidMode()), blankToNull(config.getDomainName()),
                h.getDnsSearch() == null ? null : Arrays.asList(h.getDnsSearch()), h.getDnsOptions(),
                Boolean.TRUE.equals(config.getTty()), Boolean.TRUE.equals(config.getStdinOpen()),
                Boolean.TRUE.equals(h.getReadonlyRootfs()), exposed, links, unmasked);
    }

    /**
     * The container-wide address asked for; from API 1.44 the engine keeps it on the first network's endpoint
     * instead, where a created container shows it too.
     */
    private static String macAddress(InspectContainerResponse r) {
        String configured = blankToNull(r.getConfig().getMacAddress());
        if (configured != null || r.getNetworkSettings() == null || r.getNetworkSettings().getNetworks() == null) {
            return configured;
        }
        return r.getNetworkSettings().getNetworks().values().stream().findFirst()
                .map(n -> blankToNull(n.getMacAddress())).orElse(null);
    }

    /** Zero is how the engine writes "not set" for its numeric limits. */
    private static Resources resources(HostConfig h) {
        return Resources.builder()
                .memoryBytes(positive(h.getMemory()))
                .memoryReservationBytes(positive(h.getMemoryReservation()))
                .memorySwapBytes(nonZero(h.getMemorySwap()))
                .nanoCpus(positive(h.getNanoCPUs()))
                .cpuShares(h.getCpuShares() == null || h.getCpuShares() == 0 ? null : h.getCpuShares())
                .cpusetCpus(blankToNull(h.getCpusetCpus()))
                .pidsLimit(nonZero(h.getPidsLimit()))
                .cpuPeriod(positive(h.getCpuPeriod()))
                .cpuQuota(nonZero(h.getCpuQuota()))
                .cpuRealtimePeriod(positive(h.getCpuRealtimePeriod()))
                .cpuRealtimeRuntime(nonZero(h.getCpuRealtimeRuntime()))
                .cpuCount(positive(h.getCpuCount()))
                .cpuPercent(positive(h.getCpuPercent()))
                .memorySwappiness(h.getMemorySwappiness() == null || h.getMemorySwappiness() < 0
                        ? null : h.getMemorySwappiness())
                .oomKillDisable(Boolean.TRUE.equals(h.getOomKillDisable()) ? Boolean.TRUE : null)
                .cgroupParent(blankToNull(h.getCgroupParent()))
                .blkioWeight(h.getBlkioWeight() == null || h.getBlkioWeight() == 0 ? null : h.getBlkioWeight())
                .blkioWeightDevices(h.getBlkioWeightDevice() == null ? null : h.getBlkioWeightDevice().stream()
                        .map(d -> new Resources.WeightDevice(d.getPath(), d.getWeight() == null ? 0 : d.getWeight()))
                        .toList())
                .blkioDeviceReadBps(throttles(h.getBlkioDeviceReadBps()))
                .blkioDeviceReadIops(throttles(h.getBlkioDeviceReadIOps()))
                .blkioDeviceWriteBps(throttles(h.getBlkioDeviceWriteBps()))
                .blkioDeviceWriteIops(throttles(h.getBlkioDeviceWriteIOps()))
                .devices(h.getDevices() == null ? null : Arrays.stream(h.getDevices())
                        .map(d -> new Resources.Device(d.getPathOnHost(), d.getPathInContainer(),
                                d.getcGroupPermissions()))
                        .toList())
                .deviceCgroupRules(h.getDeviceCgroupRules())
                .deviceRequests(h.getDeviceRequests() == null ? null : h.getDeviceRequests().stream()
                        .map(d -> new Resources.DeviceRequest(blankToNull(d.getDriver()),
                                d.getCount() == null ? 0 : d.getCount(), d.getDeviceIds(), d.getCapabilities(),
                                d.getOptions()))
                        .toList())
                .build();
    }

    private static List<Resources.Throttle> throttles(List<BlkioRateDevice> devices) {
        return devices == null ? null : devices.stream()
                .map(d -> new Resources.Throttle(d.getPath(), d.getRate() == null ? 0 : d.getRate())).toList();
    }

    private static HealthcheckSpec healthcheck(HealthCheck h) {
        if (h == null || h.getTest() == null || h.getTest().isEmpty()) return null;
        return new HealthcheckSpec(h.getTest(), duration(h.getInterval()), duration(h.getTimeout()),
                h.getRetries() == null || h.getRetries() == 0 ? null : h.getRetries(), duration(h.getStartPeriod()),
                duration(h.getStartInterval()));
    }

    private static java.time.Duration duration(Long nanos) {
        return nanos == null || nanos == 0 ? null : java.time.Duration.ofNanos(nanos);
    }

    private static Long positive(Long v) {
        return v == null || v <= 0 ? null : v;
    }

    private static Long nonZero(Long v) {
        return v == null || v == 0 ? null : v;
    }

    static EngineEvent event(Event e) {
        String type = e.getType() == null ? "" : e.getType().getValue();
        String action = e.getAction() != null ? e.getAction() : nz(e.getStatus());
        String id = e.getActor() != null && e.getActor().getId() != null ? e.getActor().getId() : nz(e.getId());
        Map<String, String> attributes = e.getActor() == null ? Map.of() : map(e.getActor().getAttributes());
        Instant time = e.getTimeNano() != null
                ? Instant.ofEpochSecond(0, e.getTimeNano())
                : Instant.ofEpochSecond(e.getTime() == null ? 0 : e.getTime());
        return new EngineEvent(type, action, id, attributes, time);
    }

    private static MountType mountType(String type) {
        if (type == null) {
            return MountType.VOLUME;
        }
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
        if (text == null || text.isEmpty() || text.equals(ZERO_TIME)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> map(Map<String, String> m) {
        if (m == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v));
        return out;
    }

    private static List<String> array(String[] a) {
        return a == null ? List.of() : Arrays.asList(a);
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // --- exec-run ---

    /** The archive API's {@code X-Docker-Container-Path-Stat} header: base64 of {name, size, mode, mtime, linkTarget}. */
    static dev.jcompose.engine.PathStat pathStat(String header) {
        if (header == null || header.isBlank()) {
            throw new dev.jcompose.engine.EngineException("inspect path in container", "",
                    "the engine's answer has no X-Docker-Container-Path-Stat header");
        }
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(java.util.Base64.getDecoder().decode(header.trim()));
            java.time.Instant modified = null;
            String mtime = json.path("mtime").asText("");
            if (!mtime.isEmpty()) {
                try {
                    modified = java.time.OffsetDateTime.parse(mtime).toInstant();
                } catch (java.time.format.DateTimeParseException unreadable) {
                    // leave it unknown
                }
            }
            return new dev.jcompose.engine.PathStat(json.path("name").asText(""), json.path("size").asLong(),
                    json.path("mode").asLong(), modified, json.path("linkTarget").asText(""));
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new dev.jcompose.engine.EngineException("inspect path in container", "",
                    "unreadable X-Docker-Container-Path-Stat header: " + header, e);
        }
    }
}
