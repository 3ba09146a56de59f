package dev.jcompose.loader.normalize;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A service's {@code env_file} in long syntax ({@code [{path, required?, format?}]}, paths absolute) and the
 * service's {@code environment} with the files' variables folded in: files in order, later files win, and an
 * explicit {@code environment} entry wins over every file.
 */
final class EnvFiles {

    private final HostPaths paths;
    private final EnvFileReader reader;
    private final Function<String, String> lookup;
    private final Diagnostics diags;

    EnvFiles(HostPaths paths, EnvFileReader reader, Function<String, String> lookup, Diagnostics diags) {
        this.paths = paths;
        this.reader = reader;
        this.lookup = lookup;
        this.diags = diags;
    }

    SeqNode toLong(Node envFile) {
        SeqNode seq = Trees.asSeq(envFile);
        List<Node> out = new ArrayList<>(seq.size());
        for (Node item : seq.items()) {
            if (item instanceof ScalarNode s && s.type() != ScalarType.NULL) {
                out.add(Trees.map(List.of(Trees.entry("path", s.withText(paths.written(s.text())))), s));
            } else if (item instanceof MapNode m && m.get("path") instanceof ScalarNode p && p.text() != null) {
                out.add(m.with("path", p.withText(paths.written(p.text())).withTag(p.tag())));
            } else {
                out.add(item);
            }
        }
        return Trees.seq(out, envFile);
    }

    /**
     * {@code environment} (long form, or null when absent) with the variables of {@code envFiles} (long form) folded
     * in. {@code writtenAsList} tells whether diagnostics name {@code env_file[i]} or {@code env_file} itself.
     */
    MapNode fold(SeqNode envFiles, boolean writtenAsList, MapNode environment, Node owner, YamlPath envFilePath) {
        Map<String, MapNode.Entry> merged = new LinkedHashMap<>();
        for (int i = 0; i < envFiles.size(); i++) {
            if (!(envFiles.get(i) instanceof MapNode entry) || Nodes.text(entry.get("path")) == null) continue;
            YamlPath itemPath = writtenAsList ? envFilePath.index(i) : envFilePath;
            for (Map.Entry<String, String> v : read(entry, itemPath).entrySet()) {
                ScalarNode value = ScalarNode.string(v.getValue(), entry.location());
                merged.put(v.getKey(), Trees.entry(v.getKey(), entry.location(), value));
            }
        }
        if (environment != null) {
            for (MapNode.Entry e : environment.entries()) {
                boolean unsetHere = e.value().isNull() && lookup.apply(e.name()) == null;
                if (unsetHere && merged.containsKey(e.name())) continue; // a bare `- FOO` only passes FOO through
                merged.put(e.name(), e);
            }
        }
        List<MapNode.Entry> entries = new ArrayList<>(merged.values());
        return environment != null ? Trees.map(entries, environment) : Trees.map(entries, owner.location());
    }

    private Map<String, String> read(MapNode entry, YamlPath itemPath) {
        Path file = paths.readable(Nodes.text(entry.get("path")));
        boolean required = !"false".equals(Nodes.text(entry.get("required")));
        try {
            Optional<LinkedHashMap<String, String>> vars = reader.read(file, Nodes.text(entry.get("format")));
            if (vars.isPresent()) return vars.get();
            if (required) diags.error(entry.location(), itemPath, "env file " + file + " not found");
        } catch (IOException e) {
            diags.error(entry.location(), itemPath, "env file " + file + " cannot be read: " + e.getMessage());
        }
        return Map.of();
    }
}
