package dev.jcompose.loader.normalize;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;

import java.util.ArrayList;
import java.util.List;

/**
 * Service {@code ports} entries in long syntax. The short syntax is {@code [ip:][published[-end]:]target[-end][/proto]}
 * (IPv6 host addresses in brackets); a target range becomes one mapping per port, paired with the published range
 * when there is one. As in Docker, a single target with a published range keeps the range as the published value
 * (the engine picks a free port from it), while a target range needs a published range of the same length.
 */
final class PortSyntax {

    private record Range(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private PortSyntax() {
    }

    static List<Node> toLong(Node entry, YamlPath path, Diagnostics diags) {
        if (entry instanceof MapNode m) return List.of(longEntry(m));
        if (!(entry instanceof ScalarNode s) || s.type() == ScalarType.NULL) return List.of(entry);
        if (s.type() == ScalarType.INT) {
            return List.of(Trees.map(List.of(Trees.entry("target", ScalarNode.integer(Long.parseLong(s.text()),
                    s.location()))), s));
        }
        return parse(s, path, diags);
    }

    /** A long-syntax entry with {@code target} as a number and {@code published} as a string. */
    private static MapNode longEntry(MapNode m) {
        MapNode out = m;
        if (m.get("target") instanceof ScalarNode t && t.type() == ScalarType.STRING && isNumber(t.text())) {
            out = out.with("target", new ScalarNode(t.text(), ScalarType.INT, t.location(), t.tag()));
        }
        if (m.get("published") instanceof ScalarNode p && p.type() == ScalarType.INT) {
            out = out.with("published", Trees.asString(p));
        }
        return out;
    }

    private static List<Node> parse(ScalarNode s, YamlPath path, Diagnostics diags) {
        String spec = s.text();
        String protocol = null;
        int slash = spec.lastIndexOf('/');
        if (slash >= 0) {
            protocol = spec.substring(slash + 1);
            spec = spec.substring(0, slash);
        }
        String hostIp = null;
        String rest = spec;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0 || close + 1 >= rest.length() || rest.charAt(close + 1) != ':') {
                return invalid(s, path, diags, "is not a valid port");
            }
            hostIp = rest.substring(1, close);
            rest = rest.substring(close + 2);
        }
        String[] parts = rest.split(":", -1);
        String published;
        String target;
        if (hostIp == null && parts.length == 3) {
            hostIp = parts[0];
            published = parts[1];
            target = parts[2];
        } else if (parts.length == 2) {
            published = parts[0];
            target = parts[1];
        } else if (parts.length == 1 && hostIp == null) {
            published = "";
            target = parts[0];
        } else {
            return invalid(s, path, diags, "is not a valid port");
        }
        Range targets = range(target);
        Range publishedRange = published.isEmpty() ? null : range(published);
        if (targets == null || (!published.isEmpty() && publishedRange == null)) {
            return invalid(s, path, diags, "is not a valid port (1-65535)");
        }
        if (publishedRange != null && targets.length() > 0 && publishedRange.length() != targets.length()) {
            return invalid(s, path, diags, "is not a valid port mapping: the published range must match the target range");
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i <= targets.length(); i++) {
            String pub = null;
            if (publishedRange != null) {
                pub = targets.length() == 0 && publishedRange.length() > 0
                        ? publishedRange.start() + "-" + publishedRange.end()
                        : Integer.toString(publishedRange.start() + i);
            }
            out.add(portMap(s, targets.start() + i, pub, hostIp, protocol));
        }
        return out;
    }

    private static Node portMap(ScalarNode origin, int target, String published, String hostIp, String protocol) {
        SourceLocation loc = origin.location();
        List<MapNode.Entry> entries = new ArrayList<>();
        entries.add(Trees.entry("target", ScalarNode.integer(target, loc)));
        if (published != null) entries.add(Trees.entry("published", ScalarNode.string(published, loc)));
        if (hostIp != null && !hostIp.isEmpty()) entries.add(Trees.entry("host_ip", ScalarNode.string(hostIp, loc)));
        if (protocol != null) entries.add(Trees.entry("protocol", ScalarNode.string(protocol, loc)));
        return Trees.map(entries, loc);
    }

    private static Range range(String text) {
        int dash = text.indexOf('-');
        Integer start = port(dash < 0 ? text : text.substring(0, dash));
        Integer end = dash < 0 ? start : port(text.substring(dash + 1));
        if (start == null || end == null || end < start) return null;
        return new Range(start, end);
    }

    private static Integer port(String text) {
        if (!isNumber(text)) return null;
        long n = Long.parseLong(text);
        return n >= 1 && n <= 65535 ? (int) n : null;
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty() || text.length() > 9) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static List<Node> invalid(ScalarNode s, YamlPath path, Diagnostics diags, String what) {
        diags.error(s.location(), path, "\"" + s.text() + "\" " + what);
        return List.of();
    }
}
