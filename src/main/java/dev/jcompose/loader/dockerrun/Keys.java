package dev.jcompose.loader.dockerrun;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attribute names one kind of Dockerrun object understands ({@code known}), and those it recognises but
 * deliberately drops, each with the reason the user is told ({@code ignored}).
 */
record Keys(Set<String> known, Map<String, String> ignored) {

    static Keys of(String... known) {
        return new Keys(new LinkedHashSet<>(List.of(known)), Map.of());
    }

    Keys ignoring(String key, String reason) {
        Map<String, String> m = new LinkedHashMap<>(ignored);
        m.put(key, reason);
        return new Keys(known, m);
    }

    /** Every name this object recognises, for "did you mean" and case-insensitive matching. */
    Set<String> all() {
        Set<String> s = new LinkedHashSet<>(known);
        s.addAll(ignored.keySet());
        return s;
    }
}
