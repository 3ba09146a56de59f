package dev.jcompose.loader.validate;

import dev.jcompose.loader.tree.ScalarNode;

/** A check of one scalar's value: the problem as a message, or null when the value is fine. */
@FunctionalInterface
interface ValueRule {

    ValueRule NONE = s -> null;

    String problem(ScalarNode scalar);

    default ValueRule and(ValueRule next) {
        return s -> {
            String p = problem(s);
            return p != null ? p : next.problem(s);
        };
    }
}
