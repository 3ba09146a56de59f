package dev.jcompose.loader.normalize;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The list-or-mapping attributes ({@code environment}, {@code labels}, {@code build.args}, ...) as mappings. */
final class KeyValues {

    private KeyValues() {
    }

    /**
     * {@code [K=V, K]} becomes {@code {K: "V", K: null}}; a mapping keeps its entries with values as strings.
     * A key written twice keeps its first position and its last value.
     */
    static Node toMap(Node node) {
        if (node instanceof MapNode m) {
            List<MapNode.Entry> out = new ArrayList<>(m.size());
            for (MapNode.Entry e : m.entries()) out.add(new MapNode.Entry(e.key(), Trees.asString(e.value())));
            return Trees.map(out, m);
        }
        if (!(node instanceof SeqNode seq)) return node;
        Map<String, MapNode.Entry> out = new LinkedHashMap<>();
        for (Node item : seq.items()) {
            String text = ((ScalarNode) Trees.asString(item)).text();
            if (text == null) continue;
            int eq = text.indexOf('=');
            String key = eq < 0 ? text : text.substring(0, eq);
            Node value = eq < 0
                    ? new ScalarNode(null, ScalarType.NULL, item.location(), item.tag())
                    : new ScalarNode(text.substring(eq + 1), ScalarType.STRING,
                            item.location(), item.tag());
            MapNode.Entry previous = out.get(key);
            out.put(key, previous == null ? Trees.entry(key, item.location(), value)
                    : new MapNode.Entry(previous.key(), value));
        }
        return Trees.map(new ArrayList<>(out.values()), seq);
    }

    /** A label-like mapping: an entry without a value ({@code - KEY}, {@code KEY:}) is the empty string (Compose). */
    static Node nullsAsEmpty(Node node) {
        if (!(node instanceof MapNode m)) return node;
        List<MapNode.Entry> out = new ArrayList<>(m.size());
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value().isNull() ? ScalarNode.string("", e.value().location()) : e.value();
            out.add(new MapNode.Entry(e.key(), v));
        }
        return m.withEntries(out);
    }

    /**
     * A mapping whose entries without a value take the variable's value from the environment, as Compose resolves
     * {@code environment} and {@code build.args}; one the environment does not set stays null, or is dropped.
     */
    static Node resolved(Node node, Function<String, String> lookup, boolean dropUnset) {
        if (!(node instanceof MapNode m)) return node;
        List<MapNode.Entry> out = new ArrayList<>(m.size());
        for (MapNode.Entry e : m.entries()) {
            if (!e.value().isNull()) {
                out.add(e);
                continue;
            }
            String value = lookup.apply(e.name());
            if (value != null) out.add(new MapNode.Entry(e.key(), ScalarNode.string(value, e.value().location())));
            else if (!dropUnset) out.add(e);
        }
        return m.withEntries(out);
    }
}
