package dev.jcompose.diag;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Where each part of the resolved model was written: yaml path → file:line:col. A lookup of a path that has no
 * entry of its own answers with its nearest ancestor's location, so defaults point at the service that got them.
 */
public final class SourceMap {

    public static final SourceMap EMPTY = new SourceMap(Map.of());

    private Supplier<Map<YamlPath, SourceLocation>> pending;
    private volatile Map<YamlPath, SourceLocation> locations;

    public SourceMap(Map<YamlPath, SourceLocation> locations) {
        this.locations = Collections.unmodifiableMap(new HashMap<>(locations));
    }

    private SourceMap(Supplier<Map<YamlPath, SourceLocation>> pending) {
        this.pending = pending;
    }

    /**
     * A source map whose entries are computed on first use: a valid project is never asked where anything was
     * written, and listing every path of a large project is not free. The supplier runs at most once.
     */
    public static SourceMap lazy(Supplier<Map<YamlPath, SourceLocation>> locations) {
        return new SourceMap(locations);
    }

    public SourceLocation locate(YamlPath path) {
        Map<YamlPath, SourceLocation> all = locations();
        YamlPath p = path;
        while (true) {
            SourceLocation l = all.get(p);
            if (l != null) return l;
            if (p.isRoot()) return SourceLocation.UNKNOWN;
            p = p.parent();
        }
    }

    public boolean has(YamlPath path) {
        return locations().containsKey(path);
    }

    public int size() {
        return locations().size();
    }

    /** Every file something was written in, as the locations name it (so the shell can tell when one changes). */
    public Set<String> files() {
        Set<String> files = new TreeSet<>();
        for (SourceLocation l : locations().values()) {
            if (!l.file().isEmpty()) files.add(l.file());
        }
        return files;
    }

    private Map<YamlPath, SourceLocation> locations() {
        Map<YamlPath, SourceLocation> l = locations;
        if (l != null) return l;
        synchronized (this) {
            if (locations == null) {
                locations = Collections.unmodifiableMap(pending.get());
                pending = null;
            }
            return locations;
        }
    }
}
