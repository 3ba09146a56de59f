package dev.jcompose.loader.tree;

import dev.jcompose.diag.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between trees and plain Java values (Map, List, String, Long, Double, Boolean, null). */
public final class Nodes {

    private Nodes() {
    }

    /** The tree as plain Java values; maps are LinkedHashMaps in document order. */
    public static Object toPlain(Node node) {
        if (node == null) return null;
        if (node instanceof ScalarNode s) return s.value();
        if (node instanceof SeqNode q) {
            List<Object> l = new ArrayList<>(q.size());
            for (Node n : q.items()) l.add(toPlain(n));
            return l;
        }
        MapNode m = (MapNode) node;
        Map<String, Object> out = new LinkedHashMap<>();
        for (MapNode.Entry e : m.entries()) out.put(e.name(), toPlain(e.value()));
        return out;
    }

    /** A tree for a plain value; every node gets {@code location}. Numbers become INT or FLOAT, others STRING. */
    public static Node fromPlain(Object value, SourceLocation location) {
        if (value == null) return ScalarNode.nullNode(location);
        if (value instanceof Node n) return n;
        if (value instanceof Boolean b) return ScalarNode.bool(b, location);
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ScalarNode.integer(((Number) value).longValue(), location);
        }
        if (value instanceof Number n) {
            return new ScalarNode(n.toString(), ScalarType.FLOAT, location, Tag.NONE);
        }
        if (value instanceof Map<?, ?> map) {
            List<MapNode.Entry> entries = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entries.add(new MapNode.Entry(ScalarNode.string(String.valueOf(e.getKey()), location),
                        fromPlain(e.getValue(), location)));
            }
            return MapNode.of(entries, location);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>(list.size());
            for (Object o : list) items.add(fromPlain(o, location));
            return SeqNode.of(items, location);
        }
        return ScalarNode.string(value.toString(), location);
    }

    /** The scalar's text, or null when the node is absent, null or not a scalar. */
    public static String text(Node node) {
        return node instanceof ScalarNode s ? s.text() : null;
    }
}
