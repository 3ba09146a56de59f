package dev.jcompose.loader.tree;

import dev.jcompose.diag.SourceLocation;

import java.util.ArrayList;
import java.util.List;

public record SeqNode(List<Node> items, SourceLocation location, Tag tag) implements Node {

    public SeqNode {
        items = List.copyOf(items);
        if (location == null) location = SourceLocation.UNKNOWN;
        if (tag == null) tag = Tag.NONE;
    }

    public static SeqNode of(List<Node> items, SourceLocation location) {
        return new SeqNode(items, location, Tag.NONE);
    }

    public int size() {
        return items.size();
    }

    public Node get(int i) {
        return items.get(i);
    }

    public SeqNode withItems(List<Node> newItems) {
        return new SeqNode(newItems, location, tag);
    }

    public SeqNode append(List<Node> more) {
        List<Node> l = new ArrayList<>(items);
        l.addAll(more);
        return withItems(l);
    }

    @Override
    public SeqNode withTag(Tag newTag) {
        return new SeqNode(items, location, newTag);
    }

    @Override
    public String kindName() {
        return "sequence";
    }
}
