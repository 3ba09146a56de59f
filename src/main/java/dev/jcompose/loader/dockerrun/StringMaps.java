package dev.jcompose.loader.dockerrun;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;

/** JSON objects of free-form string values (labels, driver and log options) as compose string maps. */
final class StringMaps {

    private StringMaps() {
    }

    /** The object under {@code key} with every value as text; null when absent or (with an error) not an object. */
    static MapNode of(JsonObject owner, String key) {
        Node v = owner.get(key);
        if (v == null || v.isNull()) return null;
        if (!(v instanceof MapNode m)) {
            owner.diags().error(v.location(), owner.pathOf(key), "must be an object of strings, got " + JsonValues.describe(v));
            return null;
        }
        ComposeMap out = new ComposeMap(m.location());
        for (MapNode.Entry e : m.entries()) {
            Node value = e.value();
            String text = value.isNull() ? "" : JsonValues.string(value, owner.pathOf(key).key(e.name()), owner.diags());
            if (text != null) out.put(e.name(), e.key().location(), ScalarNode.string(text, value.location()));
        }
        return out.build();
    }
}
