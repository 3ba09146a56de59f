package dev.jcompose.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive copies for the model's records. Maps keep insertion order (the order the user wrote things in is the order
 * {@code config} prints them) and may hold null values (an environment variable without a value is unset, not empty).
 */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** Like {@link #list} but keeps null: for attributes where "absent" and "empty" mean different things. */
    static <T> List<T> nullableList(List<T> l) {
        return l == null ? null : List.copyOf(l);
    }

    static <K, V> Map<K, V> map(Map<K, V> m) {
        if (m == null || m.isEmpty()) return Map.of();
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
