package dev.jcompose.loader.normalize;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Service {@code volumes} entries in long syntax. Short syntax is {@code [source:]target[:options]}: a source that
 * starts with {@code .}, {@code /} or {@code ~} is a bind mount (made absolute), any other source names a volume, and
 * no source at all is an anonymous volume. Options are a comma list of {@code ro}, {@code rw}, {@code z}, {@code Z},
 * a propagation mode, {@code nocopy}, or a consistency mode.
 */
final class VolumeSyntax {

    private static final Set<String> PROPAGATION = Set.of("shared", "rshared", "slave", "rslave", "private", "rprivate");
    private static final Set<String> CONSISTENCY = Set.of("consistent", "cached", "delegated");

    private VolumeSyntax() {
    }

    static Node toLong(Node entry, HostPaths paths, YamlPath path, Diagnostics diags) {
        if (entry instanceof MapNode m) return longEntry(m, paths);
        if (!(entry instanceof ScalarNode s) || s.type() == ScalarType.NULL) return entry;
        return parse(s, paths, path, diags);
    }

    private static MapNode longEntry(MapNode m, HostPaths paths) {
        if ("bind".equals(Nodes.text(m.get("type"))) && m.get("source") instanceof ScalarNode src && src.text() != null) {
            return m.with("source", src.withText(paths.written(src.text())).withTag(src.tag()));
        }
        return m;
    }

    private static Node parse(ScalarNode s, HostPaths paths, YamlPath path, Diagnostics diags) {
        String[] parts = s.text().split(":", -1);
        if (parts.length > 3 || s.text().isEmpty() || parts[parts.length == 1 ? 0 : 1].isEmpty()) {
            diags.error(s.location(), path, "\"" + s.text() + "\" is not a valid volume (expected [source:]target[:options])");
            return null;
        }
        SourceLocation loc = s.location();
        String source = parts.length == 1 ? null : parts[0];
        String target = parts.length == 1 ? parts[0] : parts[1];
        boolean bind = source != null && isHostPath(source);

        List<MapNode.Entry> entries = new ArrayList<>();
        entries.add(Trees.entry("type", Trees.string(bind ? "bind" : "volume", loc)));
        if (source != null) entries.add(Trees.entry("source", Trees.string(bind ? paths.written(source) : source, loc)));
        entries.add(Trees.entry("target", Trees.string(target, loc)));

        List<MapNode.Entry> bindOptions = new ArrayList<>();
        if (bind) bindOptions.add(Trees.entry("create_host_path", ScalarNode.bool(true, loc)));
        List<MapNode.Entry> volumeOptions = new ArrayList<>();
        if (parts.length == 3) {
            for (String option : parts[2].split(",")) {
                if (option.equals("ro")) {
                    entries.add(Trees.entry("read_only", ScalarNode.bool(true, loc)));
                } else if (option.equals("rw")) {
                    continue; // the default
                } else if (option.equals("z") || option.equals("Z")) {
                    bindOptions.add(Trees.entry("selinux", Trees.string(option, loc)));
                } else if (PROPAGATION.contains(option)) {
                    bindOptions.add(Trees.entry("propagation", Trees.string(option, loc)));
                } else if (option.equals("nocopy")) {
                    volumeOptions.add(Trees.entry("nocopy", ScalarNode.bool(true, loc)));
                } else if (CONSISTENCY.contains(option)) {
                    entries.add(Trees.entry("consistency", Trees.string(option, loc)));
                } else {
                    diags.error(loc, path, "\"" + option + "\" is not a valid volume option (allowed: ro, rw, z, Z, "
                            + "shared, rshared, slave, rslave, private, rprivate, nocopy, consistent, cached, delegated)");
                }
            }
        }
        if (!bindOptions.isEmpty()) entries.add(Trees.entry("bind", Trees.map(bindOptions, loc)));
        if (!volumeOptions.isEmpty()) entries.add(Trees.entry("volume", Trees.map(volumeOptions, loc)));
        return Trees.map(entries, s);
    }

    private static boolean isHostPath(String source) {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
    }
}
