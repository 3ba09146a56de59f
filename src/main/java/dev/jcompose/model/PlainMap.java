package dev.jcompose.model;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered map under construction that leaves out what compose omits: nulls, false, empty lists and maps. */
final class PlainMap {

    private final LinkedHashMap<String, Object> map = new LinkedHashMap<>();

    PlainMap put(String key, Object value) {
        if (value == null || Boolean.FALSE.equals(value)) return this;
        if (value instanceof Collection<?> c && c.isEmpty()) return this;
        if (value instanceof Map<?, ?> m && m.isEmpty()) return this;
        if (value instanceof PlainMap p) return p.map.isEmpty() ? this : put(key, p.map);
        if (value instanceof Duration d) return put(key, GoDuration.format(d));
        map.put(key, value instanceof Double d ? number(d) : value);
        return this;
    }

    /** Puts a tri-state flag when it is set, false included. */
    PlainMap putFlag(String key, Boolean value) {
        if (value != null) map.put(key, value);
        return this;
    }

    /** Puts a list that is set, even when empty (an empty command clears the image's). */
    PlainMap putAlwaysIf(String key, java.util.List<?> value) {
        if (value != null) map.put(key, value);
        return this;
    }

    /** Puts even an empty value: for attributes where empty differs from absent. */
    PlainMap putAlways(String key, Object value) {
        map.put(key, value);
        return this;
    }

    /** Puts an object's {@code x-*} keys as written, null values included. */
    PlainMap putExtensions(Map<String, Object> extensions) {
        map.putAll(extensions);
        return this;
    }

    LinkedHashMap<String, Object> toMap() {
        return map;
    }

    /** Whole numbers print without a fraction, as Go prints them. */
    static Object number(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) (long) d : (Object) d;
    }
}
