package dev.jcompose.loader.yaml;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds our positioned tree straight from SnakeYAML's parser events (no node graph in between): resolves plain
 * scalars, applies {@code <<} merge keys, maps {@code !reset}/{@code !override} to {@link Tag}, and reports duplicate
 * keys and unknown tags. An alias shares the subtree built for its anchor. While building it counts how many nodes
 * the document would become with every alias expanded, so that an alias bomb ("billion laughs") is refused.
 * <p>
 * Problems are held back until the whole document has been read, so that a syntax error, an alias bomb or a
 * self-referencing anchor is reported alone.
 */
final class TreeBuilder {

    /** A compose file this large after alias expansion is an attack or a mistake, never a real project. */
    static final long MAX_EXPANDED_NODES = 1_000_000;

    private static final String STANDARD_PREFIX = "tag:yaml.org,2002:";
    private static final String STR = STANDARD_PREFIX + "str";
    /** The tag given to a plain scalar written without one; {@link PlainScalars} types it. */
    private static final String PLAIN = "tag:jcompose.dev,2025:plain";
    private static final String MERGE_KEY = "<<";

    /** What an anchor refers to; {@code node} stays null while the anchored node is still being built. */
    private static final class Anchored {
        final SourceLocation location;
        final String anchor;
        final ScalarEvent scalar;
        final String kind;
        Node node;
        long size;

        Anchored(SourceLocation location, String anchor, ScalarEvent scalar, String kind) {
            this.location = location;
            this.anchor = anchor;
            this.scalar = scalar;
            this.kind = kind;
        }
    }

    private final Parser parser;
    private final String file;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    /** Above zero while building what the tree drops (a duplicate key's value): its problems are not reported. */
    private int muted;
    private long expanded;
    private Anchored recursive;

    private TreeBuilder(Parser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /** The first document of the stream, or null when there is none or it cannot be used (diags say why). */
    static Node build(Parser parser, String file, Diagnostics diags) {
        parser.next(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) return null;
        parser.next(); // document start
        TreeBuilder builder = new TreeBuilder(parser, file);
        Node root = builder.node(YamlPath.ROOT);
        parser.next(); // document end
        return builder.finish(root, diags);
    }

    private Node finish(Node root, Diagnostics diags) {
        if (recursive != null) {
            diags.error(recursive.location, YamlPath.ROOT,
                    "anchor &" + recursive.anchor + " contains an alias to itself");
            return null;
        }
        if (expanded > MAX_EXPANDED_NODES) {
            diags.error(root.location(), YamlPath.ROOT, "yaml document expands to more than "
                    + NumberFormat.getIntegerInstance(Locale.ROOT).format(MAX_EXPANDED_NODES)
                    + " nodes through aliases; refusing to read it (is it an alias bomb?)");
            return null;
        }
        diags.addAll(problems);
        return root.isNull() ? null : root;
    }

    private Node node(YamlPath path) {
        Event event = parser.next();
        if (event instanceof AliasEvent alias) return aliased(alias).node;
        NodeEvent start = (NodeEvent) event;
        long sizeBefore = expanded;
        count(1);
        Anchored anchored = start.getAnchor().map(a -> register(a.getValue(), start)).orElse(null);
        SourceLocation loc = location(start);
        Node result;
        if (start instanceof ScalarEvent s) {
            String tag = scalarTag(s);
            Tag mergeTag = mergeTag(tag, s.isPlain(), loc, path);
            result = scalar(s, tag, loc, path).withTag(mergeTag);
        } else {
            boolean isSequence = event.getEventId() == Event.ID.SequenceStart;
            String tag = collectionTag((CollectionStartEvent) start, isSequence ? "seq" : "map");
            Tag mergeTag = mergeTag(tag, false, loc, path);
            result = isSequence ? sequence(loc, path).withTag(mergeTag) : mapping(loc, path).withTag(mergeTag);
            parser.next(); // collection end
        }
        if (anchored != null) {
            anchored.node = result;
            anchored.size = expanded - sizeBefore;
        }
        return result;
    }

    private Anchored register(String anchor, NodeEvent start) {
        Anchored anchored = new Anchored(location(start), anchor, start instanceof ScalarEvent s ? s : null,
                start.getEventId() == Event.ID.MappingStart ? "mapping" : "sequence");
        anchors.put(anchor, anchored);
        return anchored;
    }

    /** The anchor an alias refers to, counted as the nodes it expands to. */
    private Anchored aliased(AliasEvent alias) {
        String name = alias.getAlias().getValue();
        Anchored anchored = anchors.get(name);
        if (anchored == null) throw new ComposerException("found undefined alias " + name, alias.getStartMark());
        if (anchored.node == null) {
            // an alias inside its own anchor: reported by finish(), so the tree built meanwhile is dropped
            if (recursive == null) recursive = anchored;
            count(MAX_EXPANDED_NODES + 1);
            Anchored placeholder = new Anchored(anchored.location, name, null, anchored.kind);
            placeholder.node = ScalarNode.nullNode(anchored.location);
            return placeholder;
        }
        count(anchored.size);
        return anchored;
    }

    private void count(long nodes) {
        expanded = Math.min(expanded + nodes, MAX_EXPANDED_NODES + 1);
    }

    private SeqNode sequence(SourceLocation location, YamlPath path) {
        List<Node> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) items.add(node(path.index(items.size())));
        return new SeqNode(items, location, Tag.NONE);
    }

    private MapNode mapping(SourceLocation location, YamlPath path) {
        List<MapNode.Entry> explicit = new ArrayList<>();
        Map<String, SourceLocation> firstSeen = new HashMap<>();
        List<MapNode> mergeSources = new ArrayList<>();
        int mergeAt = -1;
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Key key = key();
            if (key.scalar == null) {
                report(key.location, path, "mapping keys must be strings, got a " + key.kind);
                skipValue();
                continue;
            }
            String name = key.scalar.getValue();
            YamlPath keyPath = path.key(name);
            SourceLocation first = firstSeen.putIfAbsent(name, key.location);
            if (first != null) {
                report(key.location, keyPath, "duplicate key \"" + name + "\" (first at line " + first.line() + ")");
                skipValue();
                continue;
            }
            if (key.scalar.isPlain() && name.equals(MERGE_KEY)) {
                if (mergeAt < 0) mergeAt = explicit.size();
                collectMergeSources(node(keyPath), keyPath, mergeSources);
                continue;
            }
            explicit.add(new MapNode.Entry(ScalarNode.string(name, key.location), node(keyPath)));
        }
        List<MapNode.Entry> entries = explicit;
        if (!mergeSources.isEmpty()) entries = withMerged(explicit, mergeAt, mergeSources);
        return MapNode.of(entries, location);
    }

    /** A key: its scalar event when it is a scalar, else what kind of collection it is. */
    private record Key(ScalarEvent scalar, String kind, SourceLocation location) {
    }

    /** Keys are taken as written (not typed or tag-checked); an anchored key is still built for its aliases. */
    private Key key() {
        Event event = parser.peekEvent();
        if (event instanceof AliasEvent) {
            Anchored anchored = aliased((AliasEvent) parser.next());
            return new Key(anchored.scalar, anchored.kind, anchored.location);
        }
        if (event instanceof ScalarEvent s && s.getAnchor().isEmpty()) {
            parser.next();
            count(1);
            return new Key(s, null, location(s));
        }
        skipValue();
        return new Key(event instanceof ScalarEvent s ? s : null,
                event.getEventId() == Event.ID.MappingStart ? "mapping" : "sequence", location(event));
    }

    /** Builds the next node without reporting its problems: the tree drops it, but its anchors stay usable. */
    private void skipValue() {
        muted++;
        node(YamlPath.ROOT);
        muted--;
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
        report(value.location(), path, "merge key \"<<\" needs a mapping or a list of mappings, got a "
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

    /** The tag SnakeYAML's composer would give: an untagged plain scalar {@link #PLAIN}, other untagged ones str. */
    private static String scalarTag(ScalarEvent s) {
        String tag = s.getTag().orElse("!");
        if (!tag.equals("!")) return tag;
        return s.getImplicit().canOmitTagInPlainScalar() ? PLAIN : STR;
    }

    private static String collectionTag(CollectionStartEvent c, String standard) {
        String tag = c.getTag().orElse("!");
        return tag.equals("!") ? STANDARD_PREFIX + standard : tag;
    }

    /** The compose merge tag of a node; standard YAML tags give NONE; anything else is reported. */
    private Tag mergeTag(String tag, boolean plain, SourceLocation location, YamlPath path) {
        if (tag.equals("!reset")) return Tag.RESET;
        if (tag.equals("!override")) return Tag.OVERRIDE;
        if (!isKnownStandardTag(tag) && !(plain && tag.equals(PLAIN))) {
            report(location, path, "unknown tag \"" + shortTag(tag) + "\" (allowed: !reset, !override)");
        }
        return Tag.NONE;
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

    private ScalarNode scalar(ScalarEvent s, String tag, SourceLocation loc, YamlPath path) {
        String text = s.getValue();
        boolean implicit = s.isPlain() ? tag.equals(PLAIN) : tag.equals(STR);
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
        report(loc, path, "\"" + text + "\" is not a valid " + shortTag(tag));
        return ScalarNode.string(text, loc);
    }

    private void report(SourceLocation location, YamlPath path, String message) {
        if (muted == 0) problems.add(Diagnostic.error(location, path, message));
    }

    private SourceLocation location(Event event) {
        return location(file, event.getStartMark());
    }

    static SourceLocation location(String file, Optional<Mark> mark) {
        return mark.map(m -> SourceLocation.of(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.of(file, 0, 0));
    }
}
