package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

/**
 * Lenient reading of single JSON values, as hand-written Dockerrun files need: {@code "80"} is a number, {@code "true"}
 * a boolean, a number where text is expected is its text. Anything that cannot be understood is reported as an
 * error at the value, and the reader gets null. A JSON {@code null} always reads as "not given".
 */
final class JsonValues {

    private JsonValues() {
    }

    static Long integer(Node n, YamlPath path, String expected, Diagnostics diags) {
        if (n == null || n.isNull()) return null;
        if (n instanceof ScalarNode s) {
            String t = s.text().trim();
            try {
                return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            } catch (NumberFormatException notAnInteger) {
                try {
                    double d = Double.parseDouble(t);
                    if (d == Math.rint(d) && !Double.isInfinite(d)) return (long) d;
                } catch (NumberFormatException notANumber) {
                    // reported below
                }
            }
        }
        diags.error(n.location(), path, "must be " + expected + ", got " + describe(n));
        return null;
    }

    static Boolean bool(Node n, YamlPath path, Diagnostics diags) {
        if (n == null || n.isNull()) return null;
        if (n instanceof ScalarNode s) {
            String t = s.text().trim();
            if (t.equalsIgnoreCase("true")) return true;
            if (t.equalsIgnoreCase("false")) return false;
        }
        diags.error(n.location(), path, "must be true or false, got " + describe(n));
        return null;
    }

    /** Text of a scalar (numbers and booleans as written); null for absent or null. */
    static String string(Node n, YamlPath path, Diagnostics diags) {
        if (n == null || n.isNull()) return null;
        if (n instanceof ScalarNode s) return s.text();
        diags.error(n.location(), path, "must be a string, got " + describe(n));
        return null;
    }

    static SeqNode array(Node n, YamlPath path, Diagnostics diags) {
        if (n == null || n.isNull()) return null;
        if (n instanceof SeqNode q) return q;
        diags.error(n.location(), path, "must be an array, got " + describe(n));
        return null;
    }

    /** How a value is named in messages: strings quoted, numbers and booleans as written, containers by kind. */
    static String describe(Node n) {
        if (n instanceof MapNode) return "an object";
        if (n instanceof SeqNode) return "an array";
        ScalarNode s = (ScalarNode) n;
        return switch (s.type()) {
            case STRING -> "\"" + s.text() + "\"";
            case NULL -> "null";
            default -> s.text();
        };
    }
}
