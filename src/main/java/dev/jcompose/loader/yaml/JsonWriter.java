package dev.jcompose.loader.yaml;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Prints plain values (Map, List, String, Number, Boolean, null) as JSON: pretty with two-space indents, or compact
 * on one line (one event or row per line for scripts).
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    private final UnaryOperator<String> text;

    private JsonWriter(boolean pretty, UnaryOperator<String> text) {
        this.pretty = pretty;
        this.text = text;
    }

    /** Pretty JSON ending with a newline. */
    public static String write(Object plain) {
        return write(plain, UnaryOperator.identity());
    }

    /** Pretty JSON, with {@code text} applied to every key and string before it is written. */
    public static String write(Object plain, UnaryOperator<String> text) {
        JsonWriter w = new JsonWriter(true, text);
        w.value(plain, 0);
        return w.out.append('\n').toString();
    }

    /** Compact JSON on one line, without a trailing newline. */
    public static String line(Object plain) {
        JsonWriter w = new JsonWriter(false, UnaryOperator.identity());
        w.value(plain, 0);
        return w.out.toString();
    }

    private void value(Object v, int indent) {
        if (v instanceof Map<?, ?> map) object(map, indent);
        else if (v instanceof List<?> list) array(list, indent);
        else if (v == null) out.append("null");
        else if (v instanceof Boolean) out.append(v);
        else if (v instanceof Double || v instanceof Float) number(((Number) v).doubleValue());
        else if (v instanceof Number) out.append(v);
        else string(text.apply(v.toString()));
    }

    private void object(Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        newline();
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            pad(indent + 1);
            string(text.apply(String.valueOf(e.getKey())));
            out.append(pretty ? ": " : ":");
            value(e.getValue(), indent + 1);
            if (it.hasNext()) out.append(',');
            newline();
        }
        pad(indent);
        out.append('}');
    }

    private void array(List<?> list, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        newline();
        for (int i = 0; i < list.size(); i++) {
            pad(indent + 1);
            value(list.get(i), indent + 1);
            if (i + 1 < list.size()) out.append(',');
            newline();
        }
        pad(indent);
        out.append(']');
    }

    /** JSON has no NaN or infinity; they print as null rather than as invalid JSON. */
    private void number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) out.append("null");
        else out.append(d);
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || isLoneSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    private void newline() {
        if (pretty) out.append('\n');
    }

    private void pad(int level) {
        if (pretty) out.append("  ".repeat(level));
    }
}
