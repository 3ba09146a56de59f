package dev.jcompose.graph;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The dependency graph as a Mermaid flowchart, for Markdown docs: a node per service, an arrow from each service to
 * what it needs, labelled with why; a {@code required: false} dependency is dotted. Node ids are the service names
 * with anything but letters, digits and {@code _} replaced, made unique; the node text is the real name.
 */
public final class MermaidRenderer {

    private MermaidRenderer() {
    }

    public static String render(DependencyGraph graph) {
        Map<String, String> ids = ids(graph);
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (String s : graph.services()) {
            out.append("    ").append(ids.get(s)).append("[\"").append(text(s)).append("\"]\n");
        }
        for (String s : graph.services()) {
            for (Dependency d : graph.dependencies(s)) {
                out.append("    ").append(ids.get(d.from())).append(d.isOptional() ? " -.->" : " -->")
                        .append("|\"").append(text(d.label())).append("\"| ").append(ids.get(d.to())).append('\n');
            }
        }
        return out.toString();
    }

    private static Map<String, String> ids(DependencyGraph graph) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String s : graph.services()) {
            String base = s.replaceAll("[^A-Za-z0-9_]", "_");
            if (base.equalsIgnoreCase("end")) base = base + "_"; // a keyword of the flowchart syntax
            String id = base;
            for (int n = 2; !taken.add(id); n++) id = base + "_" + n;
            ids.put(s, id);
        }
        return ids;
    }

    /** Mermaid text in quotes: a double quote is written as its entity. */
    private static String text(String s) {
        return s.replace("\"", "#quot;");
    }
}
