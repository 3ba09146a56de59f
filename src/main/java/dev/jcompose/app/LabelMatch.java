package dev.jcompose.app;

import java.util.Map;

/** The engine port's label filter ({@code key → value} that exact label, {@code key → null} any value), applied here. */
final class LabelMatch {

    private LabelMatch() {
    }

    static boolean matches(Map<String, String> labels, Map<String, String> filter) {
        for (Map.Entry<String, String> f : filter.entrySet()) {
            String value = labels.get(f.getKey());
            if (value == null || (f.getValue() != null && !f.getValue().equals(value))) return false;
        }
        return true;
    }
}
