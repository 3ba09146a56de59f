package dev.jcompose.loader.normalize;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code extra_hosts} as a mapping host → list of addresses. List entries are {@code host=ip} or {@code host:ip}
 * (split at the first separator, so {@code host:::1} is IPv6); brackets around IPv6 addresses are dropped.
 */
final class ExtraHosts {

    private ExtraHosts() {
    }

    static Node toMap(Node node) {
        Map<String, MapNode.Entry> hosts = new LinkedHashMap<>();
        Map<String, List<Node>> addresses = new LinkedHashMap<>();
        if (node instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                if (!(item instanceof ScalarNode s) || s.text() == null) continue;
                String text = s.text();
                int sep = text.indexOf('=');
                if (sep < 0) sep = text.indexOf(':');
                if (sep < 0) continue;
                String host = text.substring(0, sep);
                hosts.putIfAbsent(host, Trees.entry(host, s.location(), s));
                addresses.computeIfAbsent(host, h -> new ArrayList<>()).add(address(s, text.substring(sep + 1)));
            }
        } else if (node instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                hosts.put(e.name(), e);
                List<Node> ips = addresses.computeIfAbsent(e.name(), h -> new ArrayList<>());
                for (Node ip : Trees.asSeq(e.value()).items()) {
                    if (ip instanceof ScalarNode s && s.text() != null) ips.add(address(s, s.text()));
                }
            }
        } else {
            return node;
        }
        List<MapNode.Entry> out = new ArrayList<>(hosts.size());
        for (MapNode.Entry e : hosts.values()) {
            out.add(new MapNode.Entry(e.key(), Trees.seq(addresses.get(e.name()), e.value())));
        }
        return Trees.map(out, node);
    }

    private static ScalarNode address(ScalarNode origin, String ip) {
        String bare = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        return ScalarNode.string(bare, origin.location());
    }
}
