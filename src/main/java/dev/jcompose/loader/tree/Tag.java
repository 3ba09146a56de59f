package dev.jcompose.loader.tree;

/** The compose merge tags: {@code !reset} removes an inherited value, {@code !override} replaces it whole. */
public enum Tag {
    NONE, RESET, OVERRIDE
}
