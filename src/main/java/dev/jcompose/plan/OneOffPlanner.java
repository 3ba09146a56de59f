package dev.jcompose.plan;

import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What {@code run} does before it creates its one-off container. Pure, like {@link Planner}. */
public final class OneOffPlanner {

    private OneOffPlanner() {
    }

    /**
     * Brings up what the service depends on (unless {@code noDeps}), as {@code up} would, and pulls or builds the
     * service's own image when it is missing or asked for ({@code --pull}, {@code --build}).
     *
     * @param target the service as the run changes it (its image is what matters here)
     */
    public static Plan prepare(Project project, Service target, ObservedProject observed, PlanOptions options,
                               boolean noDeps) {
        Plan.Builder out = Plan.builder();
        if (!noDeps) {
            Set<String> dependencies = new LinkedHashSet<>(DependencyGraph.of(project).closure(Set.of(target.name())));
            dependencies.remove(target.name());
            if (!dependencies.isEmpty()) {
                Plan up = Planner.up(project, observed, options.withServices(dependencies).withNoDeps(false));
                for (Op op : up.ops()) out.add(op);
                for (Op op : up.ops()) {
                    for (String first : up.waitsFor(op)) out.after(out.get(op.id()), out.get(first));
                }
            }
        }
        for (Op op : resources(project, target, observed)) {
            if (!out.contains(op.id())) out.add(op);
        }
        Op pulled = null;
        for (Op image : ImageDecision.of(project, target, options)) {
            if (out.contains(image.id())) continue;
            // a build after a pull of the same service stands in for that pull when it fails
            out.add(image, image instanceof Op.BuildImage ? pulled : null);
            pulled = image;
        }
        return out.build();
    }

    /** The service's own networks and named volumes that do not exist yet (never external ones). */
    private static java.util.List<Op> resources(Project project, Service s, ObservedProject observed) {
        java.util.List<Op> ops = new java.util.ArrayList<>();
        if (s.networkMode() == null || s.networkMode().isEmpty()) {
            for (String key : s.networks().keySet()) {
                dev.jcompose.model.NetworkSpec n = project.networks().get(key);
                if (n == null || n.external()) continue;
                String name = Names.network(project, key);
                if (observed.network(name).isEmpty()) {
                    ops.add(new Op.CreateNetwork(name, ResourceSpecs.network(project, key, n), "new network"));
                }
            }
        }
        for (dev.jcompose.model.Mount m : s.volumes()) {
            if (!m.isNamedVolume()) continue;
            dev.jcompose.model.VolumeSpec v = project.volumes().get(m.source());
            if (v == null || v.external()) continue;
            String name = Names.volume(project, m.source());
            if (observed.volume(name).isEmpty()) {
                ops.add(new Op.CreateVolume(name, ResourceSpecs.volume(project, m.source(), v), "new volume"));
            }
        }
        return ops;
    }

    /** Waits for the conditions of the service's own {@code depends_on}, on its dependencies' containers. */
    public static Plan awaitDependencies(Service target, ObservedProject observed) {
        Plan.Builder out = Plan.builder();
        for (Map.Entry<String, DependsOn> e : target.dependsOn().entrySet()) {
            DependsOn d = e.getValue();
            for (ObservedContainer c : observed.containersOf(e.getKey())) {
                out.add(new Op.AwaitCondition(e.getKey(), c.name(), Planner.condition(d), d.required(),
                        "depends_on: " + d.condition().id()));
            }
        }
        return out.build();
    }
}
