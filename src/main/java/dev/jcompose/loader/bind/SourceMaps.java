package dev.jcompose.loader.bind;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.SeqNode;

import java.util.HashMap;
import java.util.Map;

/** The source map of a tree: every path to the location of the node written there, listed on first use. */
public final class SourceMaps {

    private SourceMaps() {
    }

    public static SourceMap of(Node root) {
        return SourceMap.lazy(() -> {
            Map<YamlPath, SourceLocation> locations = new HashMap<>();
            collect(root, YamlPath.ROOT, locations);
            return locations;
        });
    }

    private static void collect(Node node, YamlPath path, Map<YamlPath, SourceLocation> out) {
        if (node == null) return;
        if (node.location().isKnown()) out.put(path, node.location());
        if (node instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) collect(e.value(), path.key(e.name()), out);
        } else if (node instanceof SeqNode q) {
            for (int i = 0; i < q.size(); i++) collect(q.get(i), path.index(i), out);
        }
    }
}
