package dev.jcompose.loader.bind;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Typed reads of long-form values. The schema stage has already checked shapes, so a value of the wrong kind is
 * rare; when a conversion fails the reader reports a located error and answers null, so binding goes on and every
 * problem is reported in one run.
 */
final class ValueReader {

    private final Diagnostics diags;

    ValueReader(Diagnostics diags) {
        this.diags = diags;
    }

    Diagnostics diagnostics() {
        return diags;
    }

    /** The node under {@code key} when {@code map} is a mapping that has it and it is not null. */
    static Node child(Node map, String key) {
        if (!(map instanceof MapNode m)) return null;
        Node n = m.get(key);
        return n == null || n.isNull() ? null : n;
    }

    static MapNode mapOrEmpty(Node n) {
        return n instanceof MapNode m ? m : MapNode.empty(n == null ? null : n.location());
    }

    String string(Node n) {
        return n instanceof ScalarNode s ? s.text() : null;
    }

    Long integer(Node n, YamlPath path) {
        String t = string(n);
        if (t == null) return null;
        try {
            return Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            return fail(n, path, "must be an integer, got \"" + t + "\"");
        }
    }

    Integer int32(Node n, YamlPath path) {
        Long l = integer(n, path);
        if (l == null) return null;
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) return fail(n, path, "\"" + l + "\" is out of range");
        return l.intValue();
    }

    Double number(Node n, YamlPath path) {
        String t = string(n);
        if (t == null) return null;
        try {
            return Double.parseDouble(t.trim());
        } catch (NumberFormatException e) {
            return fail(n, path, "must be a number, got \"" + t + "\"");
        }
    }

    Boolean bool(Node n, YamlPath path) {
        String t = string(n);
        if (t == null) return null;
        if (t.equalsIgnoreCase("true")) return true;
        if (t.equalsIgnoreCase("false")) return false;
        return fail(n, path, "must be a boolean (true or false), got \"" + t + "\"");
    }

    boolean flag(Node n, YamlPath path) {
        return Boolean.TRUE.equals(bool(n, path));
    }

    Duration duration(Node n, YamlPath path) {
        String t = string(n);
        if (t == null) return null;
        Duration d = GoDurationParser.parse(t);
        return d != null ? d : fail(n, path, "must be a duration like 10s or 1m30s, got \"" + t + "\"");
    }

    Long bytes(Node n, YamlPath path) {
        String t = string(n);
        if (t == null) return null;
        Long b = ByteSizeParser.parse(t);
        return b != null ? b : fail(n, path, "must be a byte size like 512m or 1g, got \"" + t + "\"");
    }

    /** A file mode written in octal ("0440", 0440 as text) → its numeric value. */
    Integer octal(Node n, YamlPath path) {
        String t = string(n);
        if (t == null) return null;
        if (n instanceof ScalarNode s && s.type() == dev.jcompose.loader.tree.ScalarType.INT && !t.startsWith("0")) {
            return int32(n, path);
        }
        try {
            return Integer.parseInt(t.startsWith("0o") ? t.substring(2) : t, 8);
        } catch (NumberFormatException e) {
            return fail(n, path, "must be an octal file mode like 0440, got \"" + t + "\"");
        }
    }

    /** A sequence of scalars as strings; a lone scalar counts as a one-element list; absent → empty. */
    List<String> strings(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof SeqNode q) {
            for (Node item : q.items()) {
                String t = string(item);
                if (t != null) out.add(t);
            }
        } else if (string(n) != null) {
            out.add(string(n));
        }
        return out;
    }

    /** A mapping of scalars; null values stay null. */
    Map<String, String> stringMap(Node n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) out.put(e.name(), string(e.value()));
        }
        return out;
    }

    /** A mapping whose values are lists of strings (extra_hosts, provider options). */
    Map<String, List<String>> stringListMap(Node n) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) out.put(e.name(), strings(e.value()));
        }
        return out;
    }

    /** Each item of a sequence read by {@code item} with its own path; null results are dropped. */
    <T> List<T> each(Node n, YamlPath path, BiFunction<Node, YamlPath, T> item) {
        List<T> out = new ArrayList<>();
        if (n instanceof SeqNode q) {
            for (int i = 0; i < q.size(); i++) {
                T t = item.apply(q.get(i), path.index(i));
                if (t != null) out.add(t);
            }
        }
        return out;
    }

    /** Each entry of a mapping read by {@code value} with its own path, in order; null results are dropped. */
    <T> Map<String, T> eachEntry(Node n, YamlPath path, BiFunction<Node, YamlPath, T> value) {
        Map<String, T> out = new LinkedHashMap<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                T t = value.apply(e.value(), path.key(e.name()));
                if (t != null) out.put(e.name(), t);
            }
        }
        return out;
    }

    <T> T fail(Node n, YamlPath path, String message) {
        diags.error(n.location(), path, message);
        return null;
    }
}
