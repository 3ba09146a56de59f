package dev.jcompose.graph;

import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import org.jgrapht.Graph;
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
import java.util.HashSet;
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

    private final Map<String, Integer> declarationOrder;
    private final Map<String, Service> services;
    /** Each service's direct dependencies (services of this graph only), in declaration order. */
    private final Map<String, List<String>> needs;
    /** JGraphT's graph, made when an order is first asked for: finding a cycle or a neighbour does not need it. */
    private Graph<String, DefaultEdge> graph;

    private DependencyGraph(Map<String, Integer> declarationOrder, Map<String, Service> services,
                            Map<String, List<String>> needs) {
        this.declarationOrder = declarationOrder;
        this.services = services;
        this.needs = needs;
    }

    public static DependencyGraph of(Project project) {
        return of(project.services().values());
    }

    public static DependencyGraph of(Collection<Service> services) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Service> byName = new java.util.LinkedHashMap<>();
        for (Service s : services) {
            order.put(s.name(), order.size());
            byName.put(s.name(), s);
        }
        Map<String, List<String>> needs = new HashMap<>();
        for (Service s : services) {
            List<String> deps = new ArrayList<>();
            for (String dep : dependencyNames(s)) {
                if (order.containsKey(dep) && !dep.equals(s.name())) deps.add(dep);
            }
            if (deps.size() > 1) deps.sort(Comparator.comparingInt(order::get));
            needs.put(s.name(), List.copyOf(deps));
        }
        return new DependencyGraph(order, byName, needs);
    }

    private synchronized Graph<String, DefaultEdge> graph() {
        if (graph == null) {
            Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
            for (String s : services.keySet()) g.addVertex(s);
            needs.forEach((from, tos) -> tos.forEach(to -> g.addEdge(from, to)));
            graph = g;
        }
        return graph;
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
        new TopologicalOrderIterator<>(new EdgeReversedGraph<>(graph()), byDeclaration()).forEachRemaining(out::add);
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
        return needs.getOrDefault(service, List.of());
    }

    /** The direct dependents of {@code service}, in declaration order. */
    public List<String> dependentsOf(String service) {
        if (!services.containsKey(service)) return List.of();
        Graph<String, DefaultEdge> g = graph();
        return g.incomingEdgesOf(service).stream().map(g::getEdgeSource).sorted(byDeclaration()).toList();
    }

    /** {@code selected} plus everything they need, transitively, in start order. Unknown names are ignored. */
    public List<String> closure(Set<String> selected) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String s : selected) if (services.containsKey(s)) todo.add(s);
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
        Set<String> blocked = blockedByCycles();
        for (String s : services.keySet()) {
            if (blocked.contains(s) && reachesItself(s, blocked)) return Optional.of(pathBack(s));
        }
        return Optional.empty();
    }

    /**
     * The services on a cycle or needing one: what is left after repeatedly taking away the services whose
     * dependencies are all taken away. Empty for an acyclic graph, found in time linear in its size.
     */
    private Set<String> blockedByCycles() {
        Map<String, int[]> unmet = new HashMap<>();
        Map<String, List<String>> neededBy = new HashMap<>();
        Deque<String> free = new ArrayDeque<>();
        for (Map.Entry<String, List<String>> e : needs.entrySet()) {
            String service = e.getKey();
            unmet.put(service, new int[] {e.getValue().size()});
            if (e.getValue().isEmpty()) free.add(service);
            for (String dep : e.getValue()) {
                List<String> dependents = neededBy.get(dep);
                if (dependents == null) neededBy.put(dep, dependents = new ArrayList<>(2));
                dependents.add(service);
            }
        }
        while (!free.isEmpty()) {
            String done = free.poll();
            unmet.remove(done);
            List<String> dependents = neededBy.get(done);
            if (dependents == null) continue;
            for (String dependent : dependents) {
                if (--unmet.get(dependent)[0] == 0) free.add(dependent);
            }
        }
        return unmet.keySet();
    }

    private boolean reachesItself(String start, Set<String> within) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(needs.get(start));
        while (!todo.isEmpty()) {
            String at = todo.pop();
            if (at.equals(start)) return true;
            if (within.contains(at) && seen.add(at)) todo.addAll(needs.get(at));
        }
        return false;
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
