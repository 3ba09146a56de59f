package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A sequence whose items all follow one schema; optionally without repeated scalar items. */
final class ListSchema implements Schema {

    private final Schema item;
    private final boolean unique;

    ListSchema(Schema item, boolean unique) {
        this.item = item;
        this.unique = unique;
    }

    ListSchema unique() {
        return new ListSchema(item, true);
    }

    @Override
    public boolean admits(Node node) {
        return node instanceof SeqNode;
    }

    @Override
    public List<String> expectedKinds() {
        return List.of("a list");
    }

    @Override
    public void check(Node node, YamlPath path, Diagnostics diags) {
        SeqNode seq = (SeqNode) node;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < seq.size(); i++) {
            Node n = seq.get(i);
            YamlPath at = path.index(i);
            item.validate(n, at, diags);
            if (unique && n instanceof ScalarNode s && s.text() != null && !seen.add(s.text())) {
                diags.error(n.location(), at, "duplicate entry \"" + s.text() + "\"");
            }
        }
    }
}
