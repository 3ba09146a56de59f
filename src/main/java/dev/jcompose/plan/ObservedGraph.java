package dev.jcompose.plan;

import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dependency graph over the services that have containers: the project's when there is one, else read back
 * from the containers' {@code com.docker.compose.depends_on} labels (when the compose files are gone).
 */
final class ObservedGraph {

    private ObservedGraph() {
    }

    static DependencyGraph of(Project project, ObservedProject observed) {
        Map<String, Service> services = new LinkedHashMap<>();
        if (project != null) services.putAll(project.services());
        for (String name : new TreeSet<>(observed.services())) {
            if (!services.containsKey(name)) services.put(name, fromLabels(name, observed.containersOf(name)));
        }
        return DependencyGraph.of(services.values());
    }

    private static Service fromLabels(String name, List<ObservedContainer> containers) {
        Map<String, DependsOn> deps = new LinkedHashMap<>();
        String label = containers.isEmpty() ? null : containers.get(0).labels().get(Labels.DEPENDS_ON);
        if (label != null && !label.isEmpty()) {
            for (String entry : label.split(",")) {
                String dep = entry.split(":", 2)[0].trim();
                if (!dep.isEmpty()) deps.put(dep, DependsOn.started());
            }
        }
        return Service.builder(name).dependsOn(deps).build();
    }

    /** Dependents first; services of the graph only. */
    static List<String> stopOrder(DependencyGraph graph) {
        return new ArrayList<>(graph.stopOrder());
    }
}
