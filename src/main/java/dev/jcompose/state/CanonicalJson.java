package dev.jcompose.state;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * JSON with one spelling per value: object keys sorted, no whitespace, minimal string escapes, whole numbers
 * without a fraction. Two equal plain values (Map/List/String/Number/Boolean/null) always give the same text,
 * whatever the map's iteration order or the number's boxed type.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(Object plain) {
        StringBuilder b = new StringBuilder();
        value(plain, b);
        return b.toString();
    }

    private static void value(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(s, b);
        } else if (v instanceof Boolean bool) {
            b.append(bool.booleanValue());
        } else if (v instanceof Number n) {
            number(n, b);
        } else if (v instanceof Map<?, ?> map) {
            object(map, b);
        } else if (v instanceof Collection<?> items) {
            b.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) b.append(',');
                value(item, b);
                first = false;
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("not a plain value: " + v.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder b) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object k : map.keySet()) keys.add(String.valueOf(k));
        keys.sort(null);
        b.append('{');
        boolean first = true;
        for (String k : keys) {
            if (!first) b.append(',');
            string(k, b);
            b.append(':');
            value(valueOf(map, k), b);
            first = false;
        }
        b.append('}');
    }

    /** Keys are usually strings; a map keyed by something else is looked up through the key's text. */
    private static Object valueOf(Map<?, ?> map, String key) {
        if (map.containsKey(key)) return map.get(key);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (String.valueOf(e.getKey()).equals(key)) return e.getValue();
        }
        return null;
    }

    private static void number(Number n, StringBuilder b) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            b.append(n);
            return;
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no spelling for " + d);
        }
        BigDecimal exact = n instanceof BigDecimal bd ? bd : BigDecimal.valueOf(d);
        BigDecimal stripped = exact.stripTrailingZeros();
        b.append(stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString());
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
