package dev.jcompose.diag;

import java.util.Arrays;
import java.util.List;

/**
 * A path into a compose document, printed the way users read it: {@code services.web.ports[0]}.
 * Segments are map keys (String) or sequence indexes (Integer).
 * <p>
 * A path is its parent plus one segment, so that extending a path (done for every node of a large document) costs
 * one small object; the segment list and the printed form are built only when asked for. The hash is the
 * {@link List#hashCode()} of the segments, computed incrementally.
 */
public final class YamlPath implements Comparable<YamlPath> {

    public static final YamlPath ROOT = new YamlPath(null, null);

    private final YamlPath parent;
    private final Object segment;
    private final int size;
    private final int hash;
    private List<Object> segments;
    private String text;

    private YamlPath(YamlPath parent, Object segment) {
        this.parent = parent;
        this.segment = segment;
        this.size = parent == null ? 0 : parent.size + 1;
        this.hash = parent == null ? 1 : 31 * parent.hash + segment.hashCode();
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
        return new YamlPath(this, key);
    }

    public YamlPath index(int index) {
        return new YamlPath(this, index);
    }

    public List<Object> segments() {
        List<Object> s = segments;
        if (s == null) {
            Object[] all = new Object[size];
            for (YamlPath p = this; p.parent != null; p = p.parent) all[p.size - 1] = p.segment;
            s = List.copyOf(Arrays.asList(all));
            segments = s;
        }
        return s;
    }

    public int size() {
        return size;
    }

    public boolean isRoot() {
        return parent == null;
    }

    public YamlPath parent() {
        return parent == null ? this : parent;
    }

    /** The last segment as text: the key, or {@code [i]} for an index; empty for the root. */
    public String last() {
        if (parent == null) return "";
        return segment instanceof Integer ? "[" + segment + "]" : (String) segment;
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            StringBuilder b = new StringBuilder();
            for (Object s : segments()) {
                if (s instanceof Integer) {
                    b.append('[').append(s).append(']');
                } else {
                    if (b.length() > 0) b.append('.');
                    b.append(s);
                }
            }
            t = b.toString();
            text = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof YamlPath other) || other.hash != hash || other.size != size) return false;
        YamlPath a = this;
        YamlPath b = other;
        while (a != b) {
            if (!a.segment.equals(b.segment)) return false;
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(YamlPath o) {
        return toString().compareTo(o.toString());
    }
}
