package dev.jcompose.loader.normalize;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;

import java.util.ArrayList;
import java.util.List;

/** Small constructors for the nodes the normaliser emits; every new node keeps the location it came from. */
final class Trees {

    private Trees() {
    }

    static MapNode.Entry entry(String key, Node value) {
        return new MapNode.Entry(ScalarNode.string(key, value.location()), value);
    }

    static MapNode.Entry entry(String key, SourceLocation keyLocation, Node value) {
        return new MapNode.Entry(ScalarNode.string(key, keyLocation), value);
    }

    static ScalarNode string(String text, SourceLocation location) {
        return ScalarNode.string(text, location);
    }

    /** The scalar as a STRING (numbers and booleans become their text), its null and tag kept. */
    static Node asString(Node node) {
        if (node instanceof ScalarNode s && s.type() != ScalarType.STRING && s.type() != ScalarType.NULL) {
            return new ScalarNode(s.text(), ScalarType.STRING, s.location(), s.tag());
        }
        return node;
    }

    static SeqNode seq(List<? extends Node> items, Node origin) {
        return new SeqNode(new ArrayList<>(items), origin.location(), origin.tag());
    }

    static MapNode map(List<MapNode.Entry> entries, Node origin) {
        return new MapNode(entries, origin.location(), origin.tag());
    }

    static MapNode map(List<MapNode.Entry> entries, SourceLocation location) {
        return new MapNode(entries, location, Tag.NONE);
    }

    /** A scalar or sequence of scalars as a sequence; a lone scalar becomes a one-element sequence. */
    static SeqNode asSeq(Node node) {
        if (node instanceof SeqNode s) return s;
        return new SeqNode(List.of(node.withTag(Tag.NONE)), node.location(), node.tag());
    }

    static boolean isExtension(String key) {
        return key.startsWith("x-");
    }
}
