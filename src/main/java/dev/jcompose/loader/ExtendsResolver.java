package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.merge.OverrideMerger;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code extends} (same file or another file, chained): the base service, itself resolved first, is
 * merged under the extending one by the override rules. A file named by {@code extends.file} is loaded with its
 * own directory for relative paths. Cycles are reported as a path.
 */
final class ExtendsResolver {

    private record Key(String file, String service) {
    }

    private final DocumentLoader documents;
    private final SourceFiles files;
    private final Diagnostics diags;
    private final Map<String, MapNode> otherFiles = new HashMap<>();
    private final Map<Key, MapNode> resolved = new HashMap<>();

    ExtendsResolver(DocumentLoader documents, SourceFiles files, Diagnostics diags) {
        this.documents = documents;
        this.files = files;
        this.diags = diags;
    }

    /** The file's tree with every service's {@code extends} resolved and removed. */
    MapNode resolve(MapNode tree, SourceFile file) {
        if (!(tree.get("services") instanceof MapNode services)) return tree;
        List<MapNode.Entry> out = new ArrayList<>(services.size());
        for (MapNode.Entry e : services.entries()) {
            MapNode svc = resolveService(file, tree, e.name(), new ArrayList<>());
            out.add(new MapNode.Entry(e.key(), svc == null ? e.value() : svc));
        }
        return tree.with("services", services.withEntries(out));
    }

    private MapNode resolveService(SourceFile file, MapNode tree, String name, List<Key> chain) {
        Key key = new Key(file.key(), name);
        MapNode done = resolved.get(key);
        if (done != null) return done;
        MapNode services = (MapNode) tree.get("services");
        if (!(services.get(name) instanceof MapNode svc)) return null;
        Node ext = svc.get("extends");
        if (ext == null) return svc;

        YamlPath at = YamlPath.of("services", name, "extends");
        if (chain.contains(key)) {
            List<String> names = new ArrayList<>();
            for (Key k : chain.subList(chain.indexOf(key), chain.size())) names.add(k.service());
            names.add(name);
            diags.error(ext.location(), at, "circular extends: " + String.join(" -> ", names));
            return svc.without("extends");
        }
        chain.add(key);

        String baseName;
        String baseFile = null;
        if (ext instanceof MapNode m) {
            baseName = Nodes.text(m.get("service"));
            baseFile = Nodes.text(m.get("file"));
        } else {
            baseName = Nodes.text(ext);
        }
        if (baseName == null) {
            diags.error(ext.location(), at, "extends needs the name of the service to extend");
            return svc.without("extends");
        }

        SourceFile targetFile = file;
        MapNode targetTree = tree;
        if (baseFile != null) {
            Optional<SourceFile> other = readOther(file, baseFile, ext, at);
            if (other.isEmpty()) return svc.without("extends");
            targetFile = other.get();
            targetTree = otherFiles.get(targetFile.key());
            if (targetTree == null) return svc.without("extends");
        }
        MapNode targetServices = targetTree.get("services") instanceof MapNode s ? s : null;
        if (targetServices == null || !(targetServices.get(baseName) instanceof MapNode)) {
            String where = baseFile == null ? "" : " in " + targetFile.label();
            diags.error(ext.location(), at, "cannot extend service \"" + baseName + "\": no such service" + where,
                    targetServices == null ? null
                            : dev.jcompose.diag.Suggestions.didYouMean(baseName, targetServices.keys()));
            return svc.without("extends");
        }
        MapNode base = resolveService(targetFile, targetTree, baseName, chain);
        chain.remove(chain.size() - 1);
        MapNode merged = OverrideMerger.mergeService(base.without("extends"), svc.without("extends"));
        resolved.put(key, merged);
        return merged;
    }

    private Optional<SourceFile> readOther(SourceFile from, String relative, Node ext, YamlPath at) {
        Path path = from.dir().resolve(relative).normalize();
        Optional<SourceFile> f = files.read(path, ext.location(), at.key("file"), diags);
        f.ifPresent(sf -> otherFiles.computeIfAbsent(sf.key(), k -> {
            MapNode t = documents.load(sf, sf.dir());
            return t == null ? null : t;
        }));
        return f;
    }
}
