package dev.jcompose.graph;

/**
 * The dependency graph in Graphviz DOT: a box per service, an arrow from each service to what it needs, labelled
 * with why; a {@code required: false} dependency is dashed. Render with {@code dot -Tsvg}.
 */
public final class DotRenderer {

    private DotRenderer() {
    }

    public static String render(String projectName, DependencyGraph graph) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(projectName)).append(" {\n");
        out.append("  node [shape=box];\n");
        for (String s : graph.services()) out.append("  ").append(quote(s)).append(";\n");
        for (String s : graph.services()) {
            for (Dependency d : graph.dependencies(s)) {
                out.append("  ").append(quote(d.from())).append(" -> ").append(quote(d.to()))
                        .append(" [label=").append(quote(d.label()));
                if (d.isOptional()) out.append(", style=dashed");
                out.append("];\n");
            }
        }
        out.append("}\n");
        return out.toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
