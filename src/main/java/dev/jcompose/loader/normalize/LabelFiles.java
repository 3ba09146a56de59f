package dev.jcompose.loader.normalize;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
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

/**
 * A service's {@code label_file} as a list of absolute paths, and its {@code labels} with the files' labels folded
 * in, as Compose resolves them: files in order, later files win, an explicit {@code labels} entry wins over every
 * file; every file must exist. The files have the {@code .env} syntax.
 */
final class LabelFiles {

    private final HostPaths paths;
    private final EnvFileReader reader;
    private final Diagnostics diags;

    LabelFiles(HostPaths paths, EnvFileReader reader, Diagnostics diags) {
        this.paths = paths;
        this.reader = reader;
        this.diags = diags;
    }

    SeqNode toLong(Node labelFile) {
        SeqNode seq = Trees.asSeq(labelFile);
        List<Node> out = new ArrayList<>(seq.size());
        for (Node item : seq.items()) {
            if (item instanceof ScalarNode s && s.type() != ScalarType.NULL && s.text() != null) {
                out.add(s.withText(paths.written(s.text())).withTag(s.tag()));
            } else {
                out.add(item);
            }
        }
        return Trees.seq(out, labelFile);
    }

    /** {@code labels} (long form, or null when absent) with the labels of {@code files} (absolute paths) folded in. */
    MapNode fold(SeqNode files, boolean writtenAsList, MapNode labels, YamlPath labelFilePath) {
        Map<String, MapNode.Entry> merged = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (!(files.get(i) instanceof ScalarNode file) || file.text() == null) continue;
            YamlPath itemPath = writtenAsList ? labelFilePath.index(i) : labelFilePath;
            for (Map.Entry<String, String> v : read(file, itemPath).entrySet()) {
                ScalarNode value = ScalarNode.string(v.getValue(), file.location());
                merged.put(v.getKey(), Trees.entry(v.getKey(), file.location(), value));
            }
        }
        if (labels != null) {
            for (MapNode.Entry e : labels.entries()) merged.put(e.name(), e);
        }
        List<MapNode.Entry> entries = new ArrayList<>(merged.values());
        return labels != null ? Trees.map(entries, labels) : Trees.map(entries, files.location());
    }

    private Map<String, String> read(ScalarNode file, YamlPath itemPath) {
        Path path = paths.readable(file.text());
        try {
            Optional<LinkedHashMap<String, String>> labels = reader.read(path);
            if (labels.isPresent()) return labels.get();
            diags.error(file.location(), itemPath, "label file " + path + " not found");
        } catch (IOException e) {
            diags.error(file.location(), itemPath, "label file " + path + " cannot be read: " + e.getMessage());
        }
        return Map.of();
    }
}
