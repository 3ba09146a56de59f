package dev.jcompose.loader.bind;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds long-form trees by hand: ordered maps from key/value pairs, with chosen locations where a test needs them. */
final class Trees {

    static final SourceLocation FILE = SourceLocation.of("compose.yaml", 1, 1);

    private Trees() {
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return m;
    }

    static MapNode tree(Object plain) {
        return (MapNode) Nodes.fromPlain(plain, FILE);
    }

    /** {@code value} as a node written at {@code line:col} of compose.yaml. */
    static Node at(int line, int col, Object value) {
        return Nodes.fromPlain(value, SourceLocation.of("compose.yaml", line, col));
    }
}
