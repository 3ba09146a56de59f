package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.Suggestions;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of the Dockerrun file with its attribute names checked against {@link Keys}: unknown names and
 * ignored ones are reported as warnings, a name written in the wrong case is accepted with a warning. Values are
 * then read by their canonical names, leniently (see {@link JsonValues}).
 */
final class JsonObject {

    private final MapNode node;
    private final YamlPath path;
    private final Diagnostics diags;
    private final Map<String, MapNode.Entry> byCanonicalName = new LinkedHashMap<>();

    private JsonObject(MapNode node, YamlPath path, Diagnostics diags) {
        this.node = node;
        this.path = path;
        this.diags = diags;
    }

    /** The object's view, or null (with an error) when the value is not an object. */
    static JsonObject of(Node value, YamlPath path, Keys keys, Diagnostics diags) {
        if (!(value instanceof MapNode m)) {
            diags.error(value.location(), path, "must be an object, got " + JsonValues.describe(value));
            return null;
        }
        JsonObject o = new JsonObject(m, path, diags);
        for (MapNode.Entry e : m.entries()) o.resolve(e, keys);
        return o;
    }

    private void resolve(MapNode.Entry e, Keys keys) {
        String written = e.name();
        String canonical = canonicalName(written, keys);
        YamlPath at = path.key(written);
        if (canonical == null) {
            diags.warning(e.key().location(), at, "unknown attribute", Suggestions.didYouMean(written, keys.all()));
            return;
        }
        if (!canonical.equals(written)) {
            diags.warning(e.key().location(), at, "attribute names are case-sensitive: read as \"" + canonical + "\"");
        }
        if (keys.ignored().containsKey(canonical)) {
            diags.warning(e.key().location(), at, "ignored: " + keys.ignored().get(canonical));
            return;
        }
        if (byCanonicalName.containsKey(canonical)) {
            diags.warning(e.key().location(), at, "\"" + canonical + "\" is given twice: the last value is used");
        }
        byCanonicalName.put(canonical, e);
    }

    private static String canonicalName(String written, Keys keys) {
        if (keys.known().contains(written) || keys.ignored().containsKey(written)) return written;
        for (String k : keys.all()) if (k.equalsIgnoreCase(written)) return k;
        return null;
    }

    MapNode node() {
        return node;
    }

    YamlPath path() {
        return path;
    }

    SourceLocation location() {
        return node.location();
    }

    Diagnostics diags() {
        return diags;
    }

    /** True when the attribute is given with a value other than null. */
    boolean has(String key) {
        Node v = get(key);
        return v != null && !v.isNull();
    }

    Node get(String key) {
        MapNode.Entry e = byCanonicalName.get(key);
        return e == null ? null : e.value();
    }

    /** The path as the user wrote it (the written spelling of the key). */
    YamlPath pathOf(String key) {
        MapNode.Entry e = byCanonicalName.get(key);
        return path.key(e == null ? key : e.name());
    }

    SourceLocation keyLocation(String key) {
        MapNode.Entry e = byCanonicalName.get(key);
        return e == null ? node.location() : e.key().location();
    }

    String string(String key) {
        return JsonValues.string(get(key), pathOf(key), diags);
    }

    Long integer(String key, String expected) {
        return JsonValues.integer(get(key), pathOf(key), expected, diags);
    }

    Boolean bool(String key) {
        return JsonValues.bool(get(key), pathOf(key), diags);
    }

    SeqNode array(String key) {
        return JsonValues.array(get(key), pathOf(key), diags);
    }

    /** A nested object, or null when absent or (with an error) not an object. */
    JsonObject object(String key, Keys keys) {
        Node v = get(key);
        if (v == null || v.isNull()) return null;
        return of(v, pathOf(key), keys, diags);
    }

    /** The attribute as a compose string scalar at the JSON value's location; null when absent or invalid. */
    ScalarNode text(String key) {
        String t = string(key);
        return t == null ? null : ScalarNode.string(t, get(key).location());
    }

    /** The attribute as a compose integer scalar; null when absent or invalid (then with an error). */
    ScalarNode integerNode(String key, String expected) {
        Long v = integer(key, expected);
        return v == null ? null : ScalarNode.integer(v, get(key).location());
    }

    ScalarNode boolNode(String key) {
        Boolean v = bool(key);
        return v == null ? null : ScalarNode.bool(v, get(key).location());
    }

    /** An array of strings as a compose sequence, or a single string kept as it is (compose splits it). */
    Node stringsOrString(String key) {
        Node v = get(key);
        if (v == null || v.isNull()) return null;
        if (v instanceof SeqNode q) {
            List<Node> items = new ArrayList<>(q.size());
            for (int i = 0; i < q.size(); i++) {
                String t = JsonValues.string(q.get(i), pathOf(key).index(i), diags);
                if (t != null) items.add(ScalarNode.string(t, q.get(i).location()));
            }
            return SeqNode.of(items, q.location());
        }
        return text(key);
    }

    /** An array of strings; a single string is read as a one-element array. */
    Node strings(String key) {
        Node v = stringsOrString(key);
        return v instanceof ScalarNode s ? SeqNode.of(List.of(s), s.location()) : v;
    }

    /** A required string: reports {@code "key" is required} at this object when it is missing. */
    String requiredString(String key) {
        return require(key) ? string(key) : null;
    }

    /** False, after reporting {@code "key" is required} at this object, when the attribute is missing or null. */
    boolean require(String key) {
        if (has(key)) return true;
        diags.error(node.location(), path, "\"" + key + "\" is required");
        return false;
    }
}
