package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.Suggestions;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping with a fixed set of attributes. Unknown attributes are errors (with a "did you mean" hint), except
 * {@code x-*} extensions where the specification allows them.
 */
final class ObjectSchema implements Schema {

    /** One attribute of an object. */
    record Prop(String name, Schema schema, boolean required) {
    }

    private final Map<String, Prop> props = new LinkedHashMap<>();
    private final boolean extensions;

    ObjectSchema(List<Prop> props, boolean extensions) {
        for (Prop p : props) {
            if (this.props.put(p.name(), p) != null) throw new IllegalArgumentException("duplicate attribute " + p.name());
        }
        this.extensions = extensions;
    }

    /** The same object without {@code x-*} extensions. */
    ObjectSchema closed() {
        return new ObjectSchema(List.copyOf(props.values()), false);
    }

    Map<String, Prop> props() {
        return Collections.unmodifiableMap(props);
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
        MapNode map = (MapNode) node;
        for (MapNode.Entry e : map.entries()) {
            String key = e.name();
            Prop prop = props.get(key);
            if (prop != null) {
                prop.schema().validate(e.value(), path.key(key), diags);
            } else if (!(extensions && key.startsWith("x-"))) {
                diags.error(e.key().location(), path.key(key), "unknown attribute",
                        Suggestions.didYouMean(key, props.keySet()));
            }
        }
        for (Prop p : props.values()) {
            if (p.required() && !map.has(p.name())) {
                diags.error(map.location(), path, "missing required attribute \"" + p.name() + "\"");
            }
        }
    }
}
