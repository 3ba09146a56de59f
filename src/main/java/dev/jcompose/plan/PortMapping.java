package dev.jcompose.plan;

import dev.jcompose.engine.PortSpec;
import dev.jcompose.model.Port;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A service's {@code ports} and {@code expose} as engine port specs. */
final class PortMapping {

    private PortMapping() {
    }

    static List<PortSpec> of(Service s) {
        List<PortSpec> out = new ArrayList<>();
        for (Port p : s.ports()) {
            String hostIp = p.hostIp() == null || p.hostIp().isEmpty() ? null : p.hostIp();
            // An unpublished entry in `ports` still publishes, on a free host port.
            String hostPort = p.isPublished() ? p.published() : "";
            out.add(new PortSpec(p.target(), protocol(p.protocol()), hostIp, hostPort));
        }
        for (String e : s.expose()) out.addAll(exposed(e));
        return out;
    }

    /** {@code 80}, {@code 80/udp}, {@code 8000-8002}, {@code 8000-8002/tcp}. */
    private static List<PortSpec> exposed(String entry) {
        String[] parts = entry.split("/", 2);
        String protocol = protocol(parts.length > 1 ? parts[1] : null);
        String[] range = parts[0].split("-", 2);
        int first = Integer.parseInt(range[0].trim());
        int last = range.length > 1 ? Integer.parseInt(range[1].trim()) : first;
        List<PortSpec> out = new ArrayList<>();
        for (int port = first; port <= last; port++) out.add(new PortSpec(port, protocol, null, null));
        return out;
    }

    private static String protocol(String p) {
        return p == null || p.isEmpty() ? "tcp" : p.toLowerCase(Locale.ROOT);
    }
}
