package dev.jcompose.loader.normalize;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds positioned trees for tests without a YAML parser. Each node gets the next line of an imaginary file, in
 * the order the builder calls complete (children before their parent), so tests can check which node a result
 * came from; {@link #at} places a node explicitly. Plain Java values (String, Integer, Boolean, null) in map/seq
 * arguments become scalars of the matching type.
 */
public final class TestTrees {

    private final String file;
    private int line;

    public TestTrees(String file) {
        this.file = file;
    }

    public SourceLocation next() {
        return SourceLocation.of(file, ++line, 1);
    }

    public MapNode map(Object... keysAndValues) {
        List<MapNode.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Node value = node(keysAndValues[i + 1]);
            entries.add(new MapNode.Entry(ScalarNode.string((String) keysAndValues[i], value.location()), value));
        }
        return new MapNode(entries, next(), Tag.NONE);
    }

    public SeqNode seq(Object... items) {
        List<Node> nodes = new ArrayList<>();
        for (Object o : items) nodes.add(node(o));
        return new SeqNode(nodes, next(), Tag.NONE);
    }

    public ScalarNode str(String text) {
        return ScalarNode.string(text, next());
    }

    public ScalarNode num(long n) {
        return ScalarNode.integer(n, next());
    }

    public ScalarNode nil() {
        return ScalarNode.nullNode(next());
    }

    public static Node reset(Node n) {
        return n.withTag(Tag.RESET);
    }

    public static Node override(Node n) {
        return n.withTag(Tag.OVERRIDE);
    }

    public static ScalarNode at(ScalarNode n, SourceLocation location) {
        return new ScalarNode(n.text(), n.type(), location, n.tag());
    }

    public Node node(Object o) {
        if (o instanceof Node n) return n;
        if (o == null) return nil();
        if (o instanceof Boolean b) return ScalarNode.bool(b, next());
        if (o instanceof Integer || o instanceof Long) return num(((Number) o).longValue());
        if (o instanceof Double d) return new ScalarNode(d.toString(), ScalarType.FLOAT, next(), Tag.NONE);
        return str(o.toString());
    }

    /** A plain LinkedHashMap for expected values: {@code plainMap("a", 1L, "b", "x")}. */
    public static Map<String, Object> plainMap(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    public static List<Object> plainList(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }
}
