package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;

import java.util.ArrayList;
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
        for (Schema a : alternatives) if (a.admits(node)) return true;
        return false;
    }

    @Override
    public List<String> expectedKinds() {
        List<String> kinds = new ArrayList<>();
        for (Schema a : alternatives) {
            for (String k : a.expectedKinds()) if (!kinds.contains(k)) kinds.add(k);
        }
        return kinds;
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
