package dev.jcompose.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/** JSON and times written the way Docker's Go code writes them, for output scripts compare with Docker Compose's. */
final class GoJson {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private GoJson() {
    }

    /**
     * One line without spaces, as Go's encoding/json writes it: maps, lists, strings, numbers, booleans and null;
     * {@code <}, {@code >} and {@code &} escaped as Go escapes them for HTML safety.
     */
    static String compact(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, true);
        return b.toString();
    }

    /** As {@link #compact}, without the HTML escaping: what the docker CLI's {@code json} template function writes. */
    static String compactUnescaped(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, false);
        return b.toString();
    }

    private static void write(Object v, StringBuilder b, boolean html) {
        if (v instanceof GoTemplate.Struct s) v = s.fields();
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) b.append(',');
                first = false;
                string(String.valueOf(e.getKey()), b, html);
                b.append(':');
                write(e.getValue(), b, html);
            }
            b.append('}');
        } else if (v instanceof Collection<?> list) {
            b.append('[');
            boolean first = true;
            for (Object o : list) {
                if (!first) b.append(',');
                first = false;
                write(o, b, html);
            }
            b.append(']');
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(v.toString(), b, html);
        }
    }

    private static void string(String s, StringBuilder b, boolean html) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || html && (c == '<' || c == '>' || c == '&')) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** RFC 3339 with nanoseconds and no trailing zeros, in {@code zone}: Go's {@code time.RFC3339Nano}. */
    static String rfc3339Nano(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        StringBuilder b = new StringBuilder(SECONDS.format(z));
        if (z.getNano() != 0) {
            b.append('.').append(String.format("%09d", z.getNano()).replaceFirst("0+$", ""));
        }
        String offset = z.getOffset().getId();
        b.append(offset.equals("Z") ? "Z" : offset);
        return b.toString();
    }
}
