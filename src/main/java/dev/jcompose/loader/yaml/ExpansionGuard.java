package dev.jcompose.loader.yaml;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * Measures how many nodes a document becomes once every alias is expanded, without expanding anything, so that an
 * alias bomb ("billion laughs") is refused before any later stage walks the expanded tree. Also finds aliases
 * that refer to a node containing themselves.
 */
final class ExpansionGuard {

    /** A compose file this large after alias expansion is an attack or a mistake, never a real project. */
    static final long MAX_EXPANDED_NODES = 1_000_000;

    /** The outcome: {@code recursiveNode} is set when an alias refers to a node containing it. */
    record Verdict(boolean tooLarge, Node recursiveNode) {
    }

    private final Map<Node, Long> sizes = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private Node recursive;

    static Verdict check(Node root) {
        ExpansionGuard guard = new ExpansionGuard();
        long size = guard.size(root);
        if (guard.recursive != null) return new Verdict(false, guard.recursive);
        return new Verdict(size > MAX_EXPANDED_NODES, null);
    }

    /**
     * The expanded size, saturating just past the limit so that the arithmetic cannot overflow. Only an anchored
     * node can be reached twice (through its aliases), so only anchored nodes are remembered.
     */
    private long size(Node node) {
        boolean anchored = node.getAnchor().isPresent();
        if (anchored) {
            Long known = sizes.get(node);
            if (known != null) return known;
            if (!inProgress.add(node)) {
                if (recursive == null) recursive = node;
                return MAX_EXPANDED_NODES + 1;
            }
        }
        long total = 1;
        if (node instanceof SequenceNode q) {
            for (Node item : q.getValue()) total = capped(total + size(item));
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) total = capped(total + size(t.getKeyNode()) + size(t.getValueNode()));
        }
        if (anchored) {
            inProgress.remove(node);
            sizes.put(node, total);
        }
        return total;
    }

    private static long capped(long n) {
        return Math.min(n, MAX_EXPANDED_NODES + 1);
    }
}
