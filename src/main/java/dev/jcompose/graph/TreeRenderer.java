package dev.jcompose.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dependency graph as a text tree: each service that nothing depends on is a root, with what it needs below it
 * and why in brackets. A service reached again whose own dependencies were already drawn is marked
 * {@code (see above)} instead of drawn twice.
 * <pre>
 * web
 * ├── db [service_healthy]
 * └── cache [service_healthy]
 * </pre>
 */
public final class TreeRenderer {

    private TreeRenderer() {
    }

    public static String render(DependencyGraph graph) {
        StringBuilder out = new StringBuilder();
        Set<String> drawn = new HashSet<>();
        for (String s : graph.services()) {
            if (graph.dependentsOf(s).isEmpty()) root(graph, s, drawn, out);
        }
        // services on a cycle have dependents and no root above them; draw them all the same
        for (String s : graph.services()) {
            if (!drawn.contains(s) && !graph.dependenciesOf(s).isEmpty()) root(graph, s, drawn, out);
        }
        return out.toString();
    }

    private static void root(DependencyGraph graph, String service, Set<String> drawn, StringBuilder out) {
        out.append(service).append('\n');
        drawn.add(service);
        children(graph, service, "", drawn, out);
    }

    private static void children(DependencyGraph graph, String service, String prefix, Set<String> drawn,
                                 StringBuilder out) {
        List<Dependency> deps = graph.dependencies(service);
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            boolean last = i == deps.size() - 1;
            out.append(prefix).append(last ? "└── " : "├── ").append(d.to()).append(" [").append(d.label()).append(']');
            boolean hasOwn = !graph.dependenciesOf(d.to()).isEmpty();
            if (hasOwn && drawn.contains(d.to())) {
                out.append(" (see above)\n");
                continue;
            }
            out.append('\n');
            drawn.add(d.to());
            children(graph, d.to(), prefix + (last ? "    " : "│   "), drawn, out);
        }
    }
}
