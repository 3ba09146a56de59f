package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;

import java.util.List;

/**
 * Alternatives told apart by the node's kind, as every alternative of the Compose Specification is (a string or a
 * mapping, a list or a mapping...). The first alternative that admits the node checks it, so its messages stay precise.
 */
final class OneOfSchema implements Schema {

    private final List<Schema> alternatives;

    OneOfSchema(List<Schema> alternatives) {
        this.alternatives = List.copyOf(alternatives);
    }

    @Override
    public boolean admits(Node node) {
        return alternatives.stream().anyMatch(a -> a.admits(node));
    }

    @Override
    public String expected() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < alternatives.size(); i++) {
            if (i > 0) b.append(i == alternatives.size() - 1 ? " or " : ", ");
            b.append(alternatives.get(i).expected());
        }
        return b.toString();
    }

    @Override
    public void check(Node node, YamlPath path, Diagnostics diags) {
        for (Schema a : alternatives) {
            if (a.admits(node)) {
                a.check(node, path, diags);
                return;
            }
        }
    }
}
