package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;

import java.util.ArrayList;
import java.util.List;

/** Builds one mapping of the compose tree in insertion order; keys carry the location of the JSON they came from. */
final class ComposeMap {

    private final SourceLocation location;
    private final List<MapNode.Entry> entries = new ArrayList<>();

    ComposeMap(SourceLocation location) {
        this.location = location;
    }

    /** Adds {@code key: value}; a null value adds nothing, so optional attributes need no checks at the call. */
    ComposeMap put(String key, SourceLocation keyLocation, Node value) {
        if (value == null) return this;
        entries.removeIf(e -> e.name().equals(key));
        entries.add(new MapNode.Entry(ScalarNode.string(key, keyLocation), value));
        return this;
    }

    ComposeMap putString(String key, SourceLocation keyLocation, String value, SourceLocation valueLocation) {
        return value == null ? this : put(key, keyLocation, ScalarNode.string(value, valueLocation));
    }

    boolean has(String key) {
        return entries.stream().anyMatch(e -> e.name().equals(key));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    MapNode build() {
        return MapNode.of(entries, location);
    }
}
