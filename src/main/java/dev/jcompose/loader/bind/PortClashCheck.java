package dev.jcompose.loader.bind;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.model.Port;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds two services publishing the same host port and protocol on overlapping addresses (an unspecified host IP
 * binds every address, so it overlaps with any other). The error is located at the second one.
 */
final class PortClashCheck {

    private record Binding(String service, String hostIp, int port, String protocol) {
        boolean clashesWith(Binding o) {
            return port == o.port && protocol.equals(o.protocol) && !service.equals(o.service)
                    && (isWildcard(hostIp) || isWildcard(o.hostIp) || hostIp.equals(o.hostIp));
        }

        private static boolean isWildcard(String ip) {
            return ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::");
        }
    }

    private final SourceMap map;
    private final Diagnostics diags;

    PortClashCheck(SourceMap map, Diagnostics diags) {
        this.map = map;
        this.diags = diags;
    }

    void check(Collection<Service> services) {
        // only bindings of the same port and protocol can clash; grouping them keeps large projects linear
        Map<String, List<Binding>> seen = new HashMap<>();
        for (Service s : services) {
            for (int i = 0; i < s.ports().size(); i++) {
                for (Binding b : bindings(s.name(), s.ports().get(i))) {
                    List<Binding> samePort = seen.computeIfAbsent(b.port() + "/" + b.protocol(), k -> new ArrayList<>());
                    Binding clash = firstClash(b, samePort);
                    if (clash != null) {
                        YamlPath path = YamlPath.of("services", s.name(), "ports", i);
                        diags.error(map.locate(path), path, "host port " + describe(b)
                                + " is already published by service \"" + clash.service() + "\"");
                        break;
                    }
                    samePort.add(b);
                }
            }
        }
    }

    private static Binding firstClash(Binding b, List<Binding> candidates) {
        for (Binding c : candidates) if (b.clashesWith(c)) return c;
        return null;
    }

    private static String describe(Binding b) {
        String ip = b.hostIp().isEmpty() ? "" : b.hostIp() + ":";
        return "\"" + ip + b.port() + "/" + b.protocol() + "\"";
    }

    /** The host ports a port entry publishes; none when it publishes no fixed port. */
    private static List<Binding> bindings(String service, Port p) {
        List<Binding> out = new ArrayList<>();
        if (!p.isPublished()) return out;
        String ip = p.hostIp() == null ? "" : p.hostIp();
        String protocol = p.protocol() == null ? "tcp" : p.protocol();
        String[] range = p.published().split("-", 2);
        try {
            int first = Integer.parseInt(range[0].trim());
            int last = range.length == 2 ? Integer.parseInt(range[1].trim()) : first;
            for (int port = first; port <= last; port++) out.add(new Binding(service, ip, port, protocol));
        } catch (NumberFormatException e) {
            return List.of();
        }
        return out;
    }
}
