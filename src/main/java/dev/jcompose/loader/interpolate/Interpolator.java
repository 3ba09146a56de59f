package dev.jcompose.loader.interpolate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Substitutes variables in a compose tree (see {@link Template} for the forms). Like compose-go, only values are
 * interpolated, never keys. A changed scalar becomes a STRING so that later stages coerce it by where it sits.
 * An unset variable is warned about once per interpolator, at its first use.
 */
public final class Interpolator {

    static final String LITERAL_DOLLAR_HINT = "write \"$$\" for a literal \"$\"";

    private final Function<String, String> lookup;
    private final Diagnostics diags;
    private final Set<String> warned = new HashSet<>();

    Interpolator(Function<String, String> lookup, Diagnostics diags) {
        this.lookup = lookup;
        this.diags = diags;
    }

    /** The tree with every string value interpolated; null for a null root. Failures are reported to diags. */
    public static Node interpolate(Node root, Function<String, String> lookup, Diagnostics diags) {
        return root == null ? null : new Interpolator(lookup, diags).node(root, YamlPath.ROOT);
    }

    /** One string interpolated; on failure the error is reported and {@code s} comes back unchanged. */
    public static String interpolateString(String s, Function<String, String> lookup, SourceLocation loc,
                                           YamlPath path, Diagnostics diags) {
        return new Interpolator(lookup, diags).string(s, loc, path);
    }

    String string(String s, SourceLocation loc, YamlPath path) {
        if (s.indexOf('$') < 0) return s;
        Template template = new Template(lookup, name -> {
            if (warned.add(name)) {
                diags.warning(loc, path, "The \"" + name + "\" variable is not set. Defaulting to a blank string.");
            }
        });
        try {
            return template.substitute(s);
        } catch (Template.Failure f) {
            if (f.invalidFormat) diags.error(loc, path, f.getMessage() + ": \"" + s + "\"", LITERAL_DOLLAR_HINT);
            else diags.error(loc, path, f.getMessage());
            return s;
        }
    }

    private Node node(Node node, YamlPath path) {
        if (node instanceof ScalarNode s) return scalar(s, path);
        if (node instanceof SeqNode q) {
            List<Node> items = new ArrayList<>(q.size());
            boolean changed = false;
            for (Node item : q.items()) {
                Node done = node(item, path.index(items.size()));
                changed |= done != item;
                items.add(done);
            }
            return changed ? q.withItems(items) : q;
        }
        MapNode m = (MapNode) node;
        List<MapNode.Entry> entries = new ArrayList<>(m.size());
        boolean changed = false;
        for (MapNode.Entry e : m.entries()) {
            Node done = node(e.value(), path.key(e.name()));
            changed |= done != e.value();
            entries.add(done == e.value() ? e : new MapNode.Entry(e.key(), done));
        }
        return changed ? m.withEntries(entries) : m;
    }

    private Node scalar(ScalarNode s, YamlPath path) {
        if (s.type() != ScalarType.STRING) return s;
        String result = string(s.text(), s.location(), path);
        return result.equals(s.text()) ? s : s.withText(result);
    }
}
