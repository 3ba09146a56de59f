package dev.jcompose.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A path into a compose document, printed the way users read it: {@code services.web.ports[0]}.
 * Segments are map keys (String) or sequence indexes (Integer).
 */
public final class YamlPath implements Comparable<YamlPath> {

    public static final YamlPath ROOT = new YamlPath(List.of());

    private final List<Object> segments;

    private YamlPath(List<Object> segments) {
        this.segments = segments;
    }

    public static YamlPath of(Object... segments) {
        YamlPath p = ROOT;
        for (Object s : segments) {
            p = s instanceof Integer i ? p.index(i) : p.key(String.valueOf(s));
        }
        return p;
    }

    /** Parses the printed form back, e.g. {@code services.web.ports[0]}. Keys with dots are not supported. */
    public static YamlPath parse(String text) {
        YamlPath p = ROOT;
        if (text.isEmpty()) return p;
        for (String part : text.split("\\.")) {
            int b = part.indexOf('[');
            String key = b < 0 ? part : part.substring(0, b);
            if (!key.isEmpty()) p = p.key(key);
            while (b >= 0) {
                int e = part.indexOf(']', b);
                p = p.index(Integer.parseInt(part.substring(b + 1, e)));
                b = part.indexOf('[', e);
            }
        }
        return p;
    }

    public YamlPath key(String key) {
        List<Object> s = new ArrayList<>(segments.size() + 1);
        s.addAll(segments);
        s.add(key);
        return new YamlPath(Collections.unmodifiableList(s));
    }

    public YamlPath index(int index) {
        List<Object> s = new ArrayList<>(segments.size() + 1);
        s.addAll(segments);
        s.add(index);
        return new YamlPath(Collections.unmodifiableList(s));
    }

    public List<Object> segments() {
        return segments;
    }

    public int size() {
        return segments.size();
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public YamlPath parent() {
        return segments.isEmpty() ? this : new YamlPath(segments.subList(0, segments.size() - 1));
    }

    /** The last segment as text: the key, or {@code [i]} for an index; empty for the root. */
    public String last() {
        if (segments.isEmpty()) return "";
        Object l = segments.get(segments.size() - 1);
        return l instanceof Integer ? "[" + l + "]" : (String) l;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer) {
                b.append('[').append(s).append(']');
            } else {
                if (b.length() > 0) b.append('.');
                b.append(s);
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YamlPath p && p.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public int compareTo(YamlPath o) {
        return toString().compareTo(o.toString());
    }
}
