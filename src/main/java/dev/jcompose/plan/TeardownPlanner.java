package dev.jcompose.plan;

import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Stops and removes containers with dependents first: a service's stops wait for the stops of every service that
 * depends on it.
 */
final class TeardownPlanner {

    private final Project project;
    private final ObservedProject observed;
    private final Plan.Builder plan;
    private final DependencyGraph graph;
    private final Map<String, List<Op>> stops = new HashMap<>();
    private final List<Op> removals = new ArrayList<>();

    TeardownPlanner(Project project, ObservedProject observed, Plan.Builder plan) {
        this.project = project;
        this.observed = observed;
        this.plan = plan;
        this.graph = ObservedGraph.of(project, observed);
    }

    /**
     * Adds a stop (for running containers) and, when {@code remove}, a removal for each container of the selected
     * services.
     */
    void containers(Predicate<String> services, Predicate<ObservedContainer> containers, Duration timeout,
                    boolean remove, boolean removeAnonymousVolumes, String cause) {
        for (String service : ObservedGraph.stopOrder(graph)) {
            if (!services.test(service)) continue;
            List<Op> own = new ArrayList<>();
            Op frontStop = null;
            // The front goes first, so that it never forwards to a replica that is already stopping.
            List<ObservedContainer> all = new ArrayList<>(observed.allContainersOf(service));
            all.sort(java.util.Comparator.comparing(c -> !c.isFront()));
            for (ObservedContainer c : all) {
                if (!containers.test(c)) continue;
                Op stop = null;
                if (c.isRunning()) {
                    stop = new Op.StopContainer(service, c.name(), stopTimeout(service, timeout), cause);
                    plan.add(stop);
                    for (String dependent : graph.dependentsOf(service)) {
                        for (Op first : stops.getOrDefault(dependent, List.of())) plan.after(stop, first);
                    }
                    if (c.isFront()) frontStop = stop;
                    else if (frontStop != null) plan.after(stop, frontStop);
                    own.add(stop);
                }
                if (remove) {
                    Op rm = new Op.RemoveContainer(service, c.name(), removeAnonymousVolumes, cause);
                    plan.add(rm, stop);
                    removals.add(rm);
                }
            }
            stops.put(service, own);
        }
    }

    /** The container removals added so far, which network, volume and image removals wait for. */
    List<Op> removals() {
        return removals;
    }

    // --- exec-run ---

    /** Stops and removes the one-off ({@code run}) containers, as {@code down --remove-orphans} does. */
    void oneOffs(Duration timeout, boolean removeAnonymousVolumes, String cause) {
        for (ObservedContainer c : observed.containers()) {
            if (!c.oneoff()) continue;
            Op stop = null;
            if (c.isRunning()) {
                stop = new Op.StopContainer(c.service(), c.name(), stopTimeout(c.service(), timeout), cause);
                plan.add(stop);
            }
            Op rm = new Op.RemoveContainer(c.service(), c.name(), removeAnonymousVolumes, cause);
            plan.add(rm, stop);
            removals.add(rm);
        }
    }

    private Duration stopTimeout(String service, Duration override) {
        Service s = project == null ? null
                : project.services().getOrDefault(service, project.disabledServices().get(service));
        return ContainerSpecFactory.stopTimeout(s, override);
    }
}
