package dev.jcompose.loader.merge;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;

import java.util.ArrayList;
import java.util.List;

/** Removes the merge tags from a tree once they have done their job: {@code !reset} entries vanish, the rest stays. */
final class Tags {

    private Tags() {
    }

    static Node strip(Node node) {
        if (node instanceof MapNode m) {
            List<MapNode.Entry> out = new ArrayList<>(m.size());
            for (MapNode.Entry e : m.entries()) {
                if (e.value().tag() == Tag.RESET) continue;
                out.add(new MapNode.Entry(e.key(), strip(e.value())));
            }
            return new MapNode(out, m.location(), Tag.NONE);
        }
        if (node instanceof SeqNode s) {
            List<Node> out = new ArrayList<>(s.size());
            for (Node item : s.items()) if (item.tag() != Tag.RESET) out.add(strip(item));
            return new SeqNode(out, s.location(), Tag.NONE);
        }
        return node.tag() == Tag.NONE ? node : node.withTag(Tag.NONE);
    }
}
