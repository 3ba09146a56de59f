package dev.jcompose.loader.merge;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges two long-form compose trees the way the Compose Specification merges an override file into its base:
 * mappings merge key by key, sequences append, scalars are replaced, with the exceptions in {@link MergeRules}.
 * In the override, {@code !reset} removes the attribute and {@code !override} replaces it without merging.
 * A null override leaves a base mapping or sequence alone. The result carries no tags; each of its nodes keeps
 * the location of the node it was taken from (merged mappings keep the base mapping's).
 */
public final class OverrideMerger {

    private static final List<String> SERVICE_PATH = List.of("services", "*");

    private OverrideMerger() {
    }

    public static MapNode merge(MapNode base, MapNode override) {
        return (MapNode) mergeMaps((MapNode) Tags.strip(base), override, List.of());
    }

    /** One service definition merged over another (as {@code extends} does), by the same rules. */
    public static MapNode mergeService(MapNode base, MapNode override) {
        return (MapNode) mergeMaps((MapNode) Tags.strip(base), override, SERVICE_PATH);
    }

    /** {@code base} is untagged; {@code override} may carry tags. */
    private static Node mergeNodes(Node base, Node override, List<String> path) {
        if (override.tag() == Tag.OVERRIDE) return Tags.strip(override);
        if (override.isNull() && (base instanceof MapNode || base instanceof SeqNode)) return base;
        MergeRules.Rule rule = MergeRules.at(path);
        if (rule instanceof MergeRules.Replace) return Tags.strip(override);
        if (base instanceof MapNode b && override instanceof MapNode o) {
            if (rule instanceof MergeRules.Logging && differentDrivers(b, o)) return Tags.strip(o);
            return mergeMaps(b, o, path);
        }
        if (base instanceof SeqNode b && override instanceof SeqNode o) {
            SeqNode appended = b.append(((SeqNode) Tags.strip(o)).items());
            return rule instanceof MergeRules.Keyed keyed ? unique(appended, keyed.key()) : appended;
        }
        return Tags.strip(override);
    }

    private static Node mergeMaps(MapNode base, MapNode override, List<String> path) {
        Map<String, MapNode.Entry> out = new LinkedHashMap<>();
        for (MapNode.Entry e : base.entries()) out.put(e.name(), e);
        for (MapNode.Entry e : override.entries()) {
            if (e.value().tag() == Tag.RESET) {
                out.remove(e.name());
                continue;
            }
            MapNode.Entry existing = out.get(e.name());
            Node merged = existing == null
                    ? Tags.strip(e.value())
                    : mergeNodes(existing.value(), e.value(), child(path, e.name()));
            // a replaced scalar is reported where the override wrote it; merged collections where they began
            boolean overrideKey = existing == null || (merged instanceof ScalarNode && merged != existing.value());
            out.put(e.name(), new MapNode.Entry(overrideKey ? e.key() : existing.key(), merged));
        }
        return new MapNode(new ArrayList<>(out.values()), base.location(), Tag.NONE);
    }

    /** Keeps the first position of each key and the last entry written for it. */
    private static SeqNode unique(SeqNode seq, Function<Node, String> keyOf) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<Node> out = new ArrayList<>(seq.size());
        for (Node item : seq.items()) {
            String key = keyOf.apply(item);
            Integer at = key == null ? null : positions.get(key);
            if (at != null) {
                out.set(at, item);
            } else {
                if (key != null) positions.put(key, out.size());
                out.add(item);
            }
        }
        return seq.withItems(out);
    }

    private static boolean differentDrivers(MapNode base, MapNode override) {
        String a = Nodes.text(base.get("driver"));
        String b = Nodes.text(override.get("driver"));
        return a != null && b != null && !a.equals(b);
    }

    private static List<String> child(List<String> path, String key) {
        List<String> l = new ArrayList<>(path.size() + 1);
        l.addAll(path);
        l.add(key);
        return l;
    }
}
