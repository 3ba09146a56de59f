package dev.jcompose.loader.interpolate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.Map;

/** The variables a compose file's values use, as {@code config --variables} lists them. */
public final class Variables {

    /**
     * @param required      used as {@code ${NAME?…}} or {@code ${NAME:?…}}
     * @param defaultValue  the value of {@code ${NAME-…}} / {@code ${NAME:-…}}, else empty
     * @param presenceValue the value of {@code ${NAME+…}} / {@code ${NAME:+…}}, else empty
     */
    public record Variable(String name, boolean required, String defaultValue, String presenceValue) {

        /** Two uses of one variable: required if either is, each value from the first use that gives one. */
        Variable and(Variable other) {
            return new Variable(name, required || other.required,
                    defaultValue.isEmpty() ? other.defaultValue : defaultValue,
                    presenceValue.isEmpty() ? other.presenceValue : presenceValue);
        }
    }

    private Variables() {
    }

    /** Adds the variables of {@code root}'s string values to {@code into}; a malformed value is reported. */
    public static void collect(Node root, Map<String, Variable> into, Diagnostics diags) {
        if (root instanceof ScalarNode s) {
            if (s.text() == null || s.text().indexOf('$') < 0) return;
            try {
                for (Variable v : Template.uses(s.text())) into.merge(v.name(), v, Variable::and);
            } catch (Template.Failure f) {
                diags.error(s.location(), YamlPath.ROOT, f.getMessage() + ": \"" + s.text() + "\"",
                        Interpolator.LITERAL_DOLLAR_HINT);
            }
        } else if (root instanceof SeqNode q) {
            for (Node item : q.items()) collect(item, into, diags);
        } else if (root instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) collect(e.value(), into, diags);
        }
    }
}
