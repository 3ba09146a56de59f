package dev.jcompose.graph;

import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which service needs which: an edge {@code a → b} means a needs b (depends_on, links, volumes_from, or a
 * {@code service:b} network_mode/ipc/pid/uts/cgroup). References to services that do not exist are left out here;
 * the semantic validator reports them.
 */
public final class DependencyGraph {

    private final Graph<String, DefaultEdge> graph;
    private final Map<String, Integer> declarationOrder;
    private final Map<String, Service> services;

    private DependencyGraph(Graph<String, DefaultEdge> graph, Map<String, Integer> declarationOrder,
                            Map<String, Service> services) {
        this.graph = graph;
        this.declarationOrder = declarationOrder;
        this.services = services;
    }

    public static DependencyGraph of(Project project) {
        return of(project.services().values());
    }

    public static DependencyGraph of(Collection<Service> services) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, Integer> order = new HashMap<>();
        Map<String, Service> byName = new java.util.LinkedHashMap<>();
        for (Service s : services) {
            order.put(s.name(), order.size());
            byName.put(s.name(), s);
            g.addVertex(s.name());
        }
        for (Service s : services) {
            for (String dep : dependencyNames(s)) {
                if (g.containsVertex(dep) && !dep.equals(s.name())) g.addEdge(s.name(), dep);
            }
        }
        return new DependencyGraph(g, order, byName);
    }

    /** Every service {@code s} names as a dependency, in the order written, without duplicates. */
    public static List<String> dependencyNames(Service s) {
        Set<String> names = new LinkedHashSet<>(s.dependsOn().keySet());
        names.addAll(s.linkedServices());
        names.addAll(s.volumesFromServices());
        names.addAll(s.namespaceServiceRefs());
        return List.copyOf(names);
    }

    /**
     * Dependencies before dependents; among services free to go, the one declared first goes first.
     *
     * @throws IllegalStateException when the services depend on each other in a cycle
     */
    public List<String> startOrder() {
        findCycle().ifPresent(cycle -> {
            throw new IllegalStateException("dependency cycle: " + String.join(" -> ", cycle));
        });
        List<String> out = new ArrayList<>();
        new TopologicalOrderIterator<>(new EdgeReversedGraph<>(graph), byDeclaration()).forEachRemaining(out::add);
        return out;
    }

    /** Dependents before their dependencies: the start order reversed. */
    public List<String> stopOrder() {
        List<String> out = new ArrayList<>(startOrder());
        java.util.Collections.reverse(out);
        return out;
    }

    /** The direct dependencies of {@code service}, in declaration order. */
    public List<String> dependenciesOf(String service) {
        if (!graph.containsVertex(service)) return List.of();
        return graph.outgoingEdgesOf(service).stream().map(graph::getEdgeTarget).sorted(byDeclaration()).toList();
    }

    /** The direct dependents of {@code service}, in declaration order. */
    public List<String> dependentsOf(String service) {
        if (!graph.containsVertex(service)) return List.of();
        return graph.incomingEdgesOf(service).stream().map(graph::getEdgeSource).sorted(byDeclaration()).toList();
    }

    /** {@code selected} plus everything they need, transitively, in start order. Unknown names are ignored. */
    public List<String> closure(Set<String> selected) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String s : selected) if (graph.containsVertex(s)) todo.add(s);
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (reached.add(s)) todo.addAll(dependenciesOf(s));
        }
        return startOrder().stream().filter(reached::contains).toList();
    }

    /**
     * A dependency cycle as a closed path {@code [a, b, c, a]} (a needs b needs c needs a), starting at the first
     * declared service on a cycle; empty when the graph is acyclic.
     */
    public Optional<List<String>> findCycle() {
        CycleDetector<String, DefaultEdge> detector = new CycleDetector<>(graph);
        if (!detector.detectCycles()) return Optional.empty();
        String start = detector.findCycles().stream().min(byDeclaration()).orElseThrow();
        return Optional.of(pathBack(start));
    }

    /** The shortest path from {@code start} back to itself, found breadth-first in declaration order. */
    private List<String> pathBack(String start) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : dependenciesOf(at)) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String v = at; v != null; v = parent.get(v)) path.add(0, v);
                    path.add(start);
                    return path;
                }
                if (!parent.containsKey(next)) {
                    parent.put(next, at);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    /** Every service, in declaration order. */
    public List<String> services() {
        return List.copyOf(services.keySet());
    }

    /** The direct dependencies of {@code service} with why each is one, in declaration order. */
    public List<Dependency> dependencies(String service) {
        Service s = services.get(service);
        if (s == null) return List.of();
        List<Dependency> out = new ArrayList<>();
        for (String to : dependenciesOf(service)) out.add(new Dependency(service, to, Dependency.reasons(s, to)));
        return out;
    }

    private Comparator<String> byDeclaration() {
        return Comparator.comparingInt(s -> declarationOrder.getOrDefault(s, Integer.MAX_VALUE));
    }
}
