package dev.jcompose.loader.tree;

import dev.jcompose.diag.SourceLocation;

/**
 * An immutable node of a compose document that remembers where it was written. Every loader stage
 * (interpolation, extends, include, merge, normalisation) maps trees to trees, keeping locations, so that
 * any later stage can report {@code file:line:col}.
 */
public sealed interface Node permits MapNode, SeqNode, ScalarNode {

    SourceLocation location();

    /** {@code !reset} / {@code !override} as written in the file; NONE otherwise. */
    Tag tag();

    Node withTag(Tag tag);

    /** A short name of the node's kind for messages: "mapping", "sequence", "string", "number", "boolean", "null". */
    String kindName();

    default boolean isMap() {
        return this instanceof MapNode;
    }

    default boolean isSeq() {
        return this instanceof SeqNode;
    }

    default boolean isScalar() {
        return this instanceof ScalarNode;
    }

    default boolean isNull() {
        return this instanceof ScalarNode s && s.type() == ScalarType.NULL;
    }
}
