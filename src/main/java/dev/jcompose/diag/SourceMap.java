package dev.jcompose.diag;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of the resolved model was written: yaml path → file:line:col. A lookup of a path that has no
 * entry of its own answers with its nearest ancestor's location, so defaults point at the service that got them.
 */
public final class SourceMap {

    public static final SourceMap EMPTY = new SourceMap(Map.of());

    private final Map<YamlPath, SourceLocation> locations;

    public SourceMap(Map<YamlPath, SourceLocation> locations) {
        this.locations = Collections.unmodifiableMap(new HashMap<>(locations));
    }

    public SourceLocation locate(YamlPath path) {
        YamlPath p = path;
        while (true) {
            SourceLocation l = locations.get(p);
            if (l != null) return l;
            if (p.isRoot()) return SourceLocation.UNKNOWN;
            p = p.parent();
        }
    }

    public boolean has(YamlPath path) {
        return locations.containsKey(path);
    }

    public int size() {
        return locations.size();
    }
}
