package dev.jcompose.loader.yaml;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Placeholder for the yaml piece's writer; replaced at merge. */
public final class JsonWriter {

    private JsonWriter() {
    }

    public static String write(Object plain) {
        StringBuilder b = new StringBuilder();
        value(plain, b);
        return b.append('\n').toString();
    }

    private static void value(Object v, StringBuilder b) {
        if (v instanceof Map<?, ?> map) {
            b.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                string(String.valueOf(e.getKey()), b);
                b.append(':');
                value(e.getValue(), b);
                if (it.hasNext()) b.append(',');
            }
            b.append('}');
        } else if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) b.append(',');
                value(list.get(i), b);
            }
            b.append(']');
        } else if (v instanceof String s) {
            string(s, b);
        } else {
            b.append(v);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
