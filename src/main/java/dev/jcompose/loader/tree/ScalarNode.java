package dev.jcompose.loader.tree;

import dev.jcompose.diag.SourceLocation;

/**
 * A scalar with its source text. {@code text} is the value as written for STRING, the canonical literal for the
 * other types ({@code "8080"}, {@code "true"}, {@code "0.5"}), and null for NULL.
 */
public record ScalarNode(String text, ScalarType type, SourceLocation location, Tag tag) implements Node {

    public ScalarNode {
        if (type == ScalarType.NULL) text = null;
        else if (text == null) throw new IllegalArgumentException("non-null scalar without text");
        if (location == null) location = SourceLocation.UNKNOWN;
        if (tag == null) tag = Tag.NONE;
    }

    public static ScalarNode string(String text, SourceLocation location) {
        return new ScalarNode(text, ScalarType.STRING, location, Tag.NONE);
    }

    public static ScalarNode integer(long value, SourceLocation location) {
        return new ScalarNode(Long.toString(value), ScalarType.INT, location, Tag.NONE);
    }

    public static ScalarNode bool(boolean value, SourceLocation location) {
        return new ScalarNode(Boolean.toString(value), ScalarType.BOOL, location, Tag.NONE);
    }

    public static ScalarNode nullNode(SourceLocation location) {
        return new ScalarNode(null, ScalarType.NULL, location, Tag.NONE);
    }

    /** The same scalar with new text, now a STRING (as interpolation results are). */
    public ScalarNode withText(String newText) {
        return new ScalarNode(newText, ScalarType.STRING, location, tag);
    }

    @Override
    public ScalarNode withTag(Tag newTag) {
        return new ScalarNode(text, type, location, newTag);
    }

    @Override
    public String kindName() {
        return switch (type) {
            case STRING -> "string";
            case INT, FLOAT -> "number";
            case BOOL -> "boolean";
            case NULL -> "null";
        };
    }

    /** The value as Java: String, Long (or BigInteger text kept as String), Double, Boolean, or null. */
    public Object value() {
        return switch (type) {
            case STRING -> text;
            case INT -> {
                try {
                    yield Long.parseLong(text);
                } catch (NumberFormatException e) {
                    yield text;
                }
            }
            case FLOAT -> Double.parseDouble(text);
            case BOOL -> Boolean.parseBoolean(text);
            case NULL -> null;
        };
    }
}
