package dev.jcompose.loader.normalize;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code devices} entries in long syntax. As in Docker: {@code source[:target][:permissions]}, where a second
 * part made only of {@code r}, {@code w} and {@code m} is the permissions and the target is then the source.
 */
final class Devices {

    private Devices() {
    }

    static Node toLong(Node item) {
        if (!(item instanceof ScalarNode s) || s.text() == null) return item;
        String[] parts = s.text().split(":", 3);
        String source = parts[0];
        String target = source;
        String permissions = null;
        if (parts.length == 2 && isPermissions(parts[1])) {
            permissions = parts[1];
        } else if (parts.length >= 2) {
            target = parts[1];
            if (parts.length == 3) permissions = parts[2];
        }
        List<MapNode.Entry> entries = new ArrayList<>(3);
        entries.add(Trees.entry("source", Trees.string(source, s.location())));
        entries.add(Trees.entry("target", Trees.string(target, s.location())));
        if (permissions != null) entries.add(Trees.entry("permissions", Trees.string(permissions, s.location())));
        return Trees.map(entries, s);
    }

    private static boolean isPermissions(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c == 'r' || c == 'w' || c == 'm');
    }
}
