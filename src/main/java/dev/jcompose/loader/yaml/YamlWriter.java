package dev.jcompose.loader.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Prints plain values (Map, List, String, Number, Boolean, null) as block YAML the way {@code docker compose config}
 * does: maps in insertion order, two-space indents, sequence items as {@code - x} indented under their key,
 * {@code {}} and {@code []} for empty collections, strings quoted only when a plain scalar would be misread.
 */
public final class YamlWriter {

    private static final int INDENT = 2;

    private final StringBuilder out = new StringBuilder();
    private final UnaryOperator<String> text;

    private YamlWriter(UnaryOperator<String> text) {
        this.text = text;
    }

    public static String write(Object plain) {
        return write(plain, UnaryOperator.identity());
    }

    /** With {@code text} applied to every key and string before it is written (how {@code config} escapes $). */
    public static String write(Object plain, UnaryOperator<String> text) {
        YamlWriter w = new YamlWriter(text);
        if (isNonEmptyCollection(plain)) w.block(plain, 0, false);
        else w.out.append(w.scalar(plain)).append('\n');
        return w.out.toString();
    }

    /** A non-empty map or list starting at {@code indent}; {@code inline} when its first line is already indented. */
    private void block(Object value, int indent, boolean inline) {
        if (value instanceof Map<?, ?> map) mapping(map, indent, inline);
        else sequence((List<?>) value, indent, inline);
    }

    private void mapping(Map<?, ?> map, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(first && inline)) pad(indent);
            first = false;
            out.append(YamlScalars.format(text.apply(String.valueOf(e.getKey())))).append(':');
            Object v = e.getValue();
            if (isNonEmptyCollection(v)) {
                out.append('\n');
                block(v, indent + INDENT, false);
            } else {
                out.append(' ').append(scalar(v)).append('\n');
            }
        }
    }

    private void sequence(List<?> list, int indent, boolean inline) {
        boolean first = true;
        for (Object item : list) {
            if (!(first && inline)) pad(indent);
            first = false;
            out.append("- ");
            if (isNonEmptyCollection(item)) block(item, indent + INDENT, true);
            else out.append(scalar(item)).append('\n');
        }
    }

    private void pad(int n) {
        for (int i = 0; i < n; i++) out.append(' ');
    }

    private static boolean isNonEmptyCollection(Object v) {
        return (v instanceof Map<?, ?> m && !m.isEmpty()) || (v instanceof List<?> l && !l.isEmpty());
    }

    private String scalar(Object v) {
        if (v == null) return "null";
        if (v instanceof Map<?, ?>) return "{}";
        if (v instanceof List<?>) return "[]";
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof java.math.BigInteger) {
            return v.toString();
        }
        if (v instanceof Double || v instanceof Float) return floating(((Number) v).doubleValue());
        if (v instanceof BigDecimal d) return d.toPlainString();
        return YamlScalars.format(text.apply(v.toString()));
    }

    private static String floating(double d) {
        if (Double.isNaN(d)) return ".nan";
        if (Double.isInfinite(d)) return d > 0 ? ".inf" : "-.inf";
        return Double.toString(d);
    }
}
