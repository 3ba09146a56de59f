package dev.jcompose.loader.yaml;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns SnakeYAML's composed node graph into our positioned tree: resolves plain scalars, applies {@code <<} merge
 * keys, maps {@code !reset}/{@code !override} to {@link Tag}, and reports duplicate keys and unknown tags.
 * An anchored node reached again through an alias is converted once and shared (only an anchored node can be).
 */
final class TreeBuilder {

    private static final String STANDARD_PREFIX = "tag:yaml.org,2002:";
    private static final String MERGE_KEY = "<<";

    private final String file;
    private final Diagnostics diags;
    private final Map<org.snakeyaml.engine.v2.nodes.Node, Node> converted = new IdentityHashMap<>();

    TreeBuilder(String file, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
    }

    Node build(org.snakeyaml.engine.v2.nodes.Node root) {
        return convert(root, YamlPath.ROOT);
    }

    private Node convert(org.snakeyaml.engine.v2.nodes.Node node, YamlPath path) {
        boolean anchored = node.getAnchor().isPresent();
        Node done = anchored ? converted.get(node) : null;
        if (done != null) return done;
        Tag tag = mergeTag(node, path);
        Node result;
        if (node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) {
            result = scalar(s, path).withTag(tag);
        } else if (node instanceof SequenceNode q) {
            List<Node> items = new ArrayList<>(q.getValue().size());
            for (var item : q.getValue()) items.add(convert(item, path.index(items.size())));
            result = new SeqNode(items, location(node), tag);
        } else {
            result = mapping((MappingNode) node, path).withTag(tag);
        }
        if (anchored) converted.put(node, result);
        return result;
    }

    /** The compose merge tag of a node; standard YAML tags give NONE; anything else is reported. */
    private Tag mergeTag(org.snakeyaml.engine.v2.nodes.Node node, YamlPath path) {
        String tag = node.getTag().getValue();
        if (tag.equals("!reset")) return Tag.RESET;
        if (tag.equals("!override")) return Tag.OVERRIDE;
        if (!isKnownStandardTag(tag) && !isUntaggedPlainScalar(node)) {
            diags.error(location(node), path, "unknown tag \"" + shortTag(tag) + "\" (allowed: !reset, !override)");
        }
        return Tag.NONE;
    }

    /** A plain scalar written without a tag: {@link ComposeSchema} marks it, {@link PlainScalars} types it. */
    private static boolean isUntaggedPlainScalar(org.snakeyaml.engine.v2.nodes.Node node) {
        return node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && s.isPlain()
                && s.getTag().equals(ComposeSchema.PLAIN);
    }

    private static boolean isKnownStandardTag(String tag) {
        return switch (tag.startsWith(STANDARD_PREFIX) ? tag.substring(STANDARD_PREFIX.length()) : "") {
            case "str", "int", "float", "bool", "null", "map", "seq", "merge" -> true;
            default -> false;
        };
    }

    private static String shortTag(String tag) {
        return tag.startsWith(STANDARD_PREFIX) ? "!!" + tag.substring(STANDARD_PREFIX.length()) : tag;
    }

    private ScalarNode scalar(org.snakeyaml.engine.v2.nodes.ScalarNode s, YamlPath path) {
        SourceLocation loc = location(s);
        String text = s.getValue();
        String tag = s.getTag().getValue();
        boolean implicit = s.isPlain() ? isUntaggedPlainScalar(s) : tag.equals(STANDARD_PREFIX + "str");
        if (implicit || tag.equals("!reset") || tag.equals("!override")) {
            if (!s.isPlain()) return ScalarNode.string(text, loc);
            PlainScalars.Resolved r = PlainScalars.resolve(text);
            return new ScalarNode(r.text(), r.type(), loc, Tag.NONE);
        }
        return explicitlyTyped(text, tag, loc, path);
    }

    private ScalarNode explicitlyTyped(String text, String tag, SourceLocation loc, YamlPath path) {
        ScalarType wanted = switch (tag.substring(Math.min(tag.length(), STANDARD_PREFIX.length()))) {
            case "int" -> ScalarType.INT;
            case "float" -> ScalarType.FLOAT;
            case "bool" -> ScalarType.BOOL;
            case "null" -> ScalarType.NULL;
            default -> ScalarType.STRING;
        };
        if (wanted == ScalarType.STRING) return ScalarNode.string(text, loc);
        PlainScalars.Resolved r = PlainScalars.resolve(text);
        if (r.type() == wanted) return new ScalarNode(r.text(), r.type(), loc, Tag.NONE);
        if (wanted == ScalarType.FLOAT && r.type() == ScalarType.INT) {
            return new ScalarNode(r.text(), ScalarType.FLOAT, loc, Tag.NONE);
        }
        diags.error(loc, path, "\"" + text + "\" is not a valid " + shortTag(tag));
        return ScalarNode.string(text, loc);
    }

    private MapNode mapping(MappingNode m, YamlPath path) {
        List<MapNode.Entry> explicit = new ArrayList<>();
        Map<String, SourceLocation> firstSeen = new HashMap<>();
        List<MapNode> mergeSources = new ArrayList<>();
        int mergeAt = -1;
        for (NodeTuple t : m.getValue()) {
            org.snakeyaml.engine.v2.nodes.Node keyNode = t.getKeyNode();
            SourceLocation keyLoc = location(keyNode);
            if (!(keyNode instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k)) {
                diags.error(keyLoc, path, "mapping keys must be strings, got a " + kind(keyNode));
                continue;
            }
            String name = k.getValue();
            YamlPath keyPath = path.key(name);
            SourceLocation first = firstSeen.putIfAbsent(name, keyLoc);
            if (first != null) {
                diags.error(keyLoc, keyPath, "duplicate key \"" + name + "\" (first at line " + first.line() + ")");
                continue;
            }
            if (isMergeKey(k)) {
                if (mergeAt < 0) mergeAt = explicit.size();
                collectMergeSources(convert(t.getValueNode(), keyPath), keyPath, mergeSources);
                continue;
            }
            explicit.add(new MapNode.Entry(ScalarNode.string(name, keyLoc), convert(t.getValueNode(), keyPath)));
        }
        List<MapNode.Entry> entries = explicit;
        if (!mergeSources.isEmpty()) entries = withMerged(explicit, mergeAt, mergeSources);
        return MapNode.of(entries, location(m));
    }

    private static boolean isMergeKey(org.snakeyaml.engine.v2.nodes.ScalarNode k) {
        return k.isPlain() && k.getValue().equals(MERGE_KEY);
    }

    private void collectMergeSources(Node value, YamlPath path, List<MapNode> into) {
        if (value instanceof MapNode m) {
            into.add(m);
            return;
        }
        if (value instanceof SeqNode q && q.items().stream().allMatch(Node::isMap)) {
            for (Node n : q.items()) into.add((MapNode) n);
            return;
        }
        diags.error(value.location(), path, "merge key \"<<\" needs a mapping or a list of mappings, got a "
                + value.kindName());
    }

    /** YAML merge: explicit keys win over merged ones, and earlier merged mappings win over later ones. */
    private static List<MapNode.Entry> withMerged(List<MapNode.Entry> explicit, int at, List<MapNode> sources) {
        Set<String> taken = new HashSet<>();
        for (MapNode.Entry e : explicit) taken.add(e.name());
        List<MapNode.Entry> merged = new ArrayList<>();
        for (MapNode source : sources) {
            for (MapNode.Entry e : source.entries()) {
                if (taken.add(e.name())) merged.add(e);
            }
        }
        List<MapNode.Entry> all = new ArrayList<>(explicit.subList(0, at));
        all.addAll(merged);
        all.addAll(explicit.subList(at, explicit.size()));
        return all;
    }

    private static String kind(org.snakeyaml.engine.v2.nodes.Node n) {
        return n instanceof MappingNode ? "mapping" : "sequence";
    }

    private SourceLocation location(org.snakeyaml.engine.v2.nodes.Node node) {
        return location(file, node.getStartMark());
    }

    static SourceLocation location(String file, Optional<Mark> mark) {
        return mark.map(m -> SourceLocation.of(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.of(file, 0, 0));
    }
}
