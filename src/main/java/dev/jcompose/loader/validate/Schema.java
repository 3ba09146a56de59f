package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Tag;

import java.util.List;

/**
 * The expected shape of one node of a compose document. Schemas are built with {@link Schemas} and compose into the
 * whole Compose Specification ({@link ComposeSchema}).
 */
interface Schema {

    /** Whether the node has a kind this schema describes; {@link OneOfSchema} picks the first alternative that does. */
    boolean admits(Node node);

    /** What the schema expects, one phrase per alternative: ["a string", "a number"], ["a mapping"]. */
    List<String> expectedKinds();

    /** What the schema expects, as read in "must be ..." messages: "a string", "a string, a list or null". */
    default String expected() {
        List<String> kinds = expectedKinds();
        int last = kinds.size() - 1;
        return last == 0 ? kinds.get(0) : String.join(", ", kinds.subList(0, last)) + " or " + kinds.get(last);
    }

    /** Reports every problem of a node that {@link #admits(Node) is admitted}. */
    void check(Node node, YamlPath path, Diagnostics diags);

    /** Checks the kind, then the content. A {@code !reset} node removes an inherited value, so anything goes. */
    default void validate(Node node, YamlPath path, Diagnostics diags) {
        if (node.tag() == Tag.RESET) return;
        if (!admits(node)) {
            diags.error(node.location(), path, "must be " + expected() + ", got " + node.kindName());
            return;
        }
        check(node, path, diags);
    }
}
