package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;

import java.util.List;

/** A mapping from free-form names (checked by a rule) to values of one schema: services, networks, labels... */
final class MapOfSchema implements Schema {

    /** A check of a key: the problem as a message, or null when the key is fine. */
    @FunctionalInterface
    interface KeyRule {
        KeyRule ANY = k -> null;

        String problem(String key);
    }

    private final KeyRule keys;
    private final Schema values;

    MapOfSchema(KeyRule keys, Schema values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public boolean admits(Node node) {
        return node instanceof MapNode;
    }

    @Override
    public List<String> expectedKinds() {
        return List.of("a mapping");
    }

    @Override
    public void check(Node node, YamlPath path, Diagnostics diags) {
        for (MapNode.Entry e : ((MapNode) node).entries()) {
            YamlPath at = path.key(e.name());
            String problem = keys.problem(e.name());
            if (problem != null) diags.error(e.key().location(), at, problem);
            values.validate(e.value(), at, diags);
        }
    }
}
