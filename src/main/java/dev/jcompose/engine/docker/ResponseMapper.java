package dev.jcompose.engine.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.jcompose.engine.ContainerDetails;
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
                restart == null || restart.getName() == null || restart.getName().isEmpty() ? "no" : restart.getName());
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
