package dev.jcompose.loader.yaml;

import java.util.List;
import java.util.Map;

/** Placeholder for the yaml piece's writer; replaced at merge. */
public final class YamlWriter {

    private YamlWriter() {
    }

    public static String write(Object plain) {
        StringBuilder b = new StringBuilder();
        block(plain, 0, b);
        return b.toString();
    }

    private static void block(Object value, int indent, StringBuilder b) {
        String pad = " ".repeat(indent);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(pad).append(e.getKey()).append(':');
                nested(e.getValue(), indent + 2, b);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                b.append(pad).append('-');
                nested(item, indent + 2, b);
            }
        } else {
            b.append(pad).append(value).append('\n');
        }
    }

    private static void nested(Object value, int indent, StringBuilder b) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            b.append('\n');
            block(value, indent, b);
        } else {
            b.append(' ').append(value == null ? "null" : value).append('\n');
        }
    }
}
