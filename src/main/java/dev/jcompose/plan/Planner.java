package dev.jcompose.plan;

import dev.jcompose.engine.VolumeInfo;
import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.NetworkSpec;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.model.VolumeSpec;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares what the compose files want with what the engine holds and plans the engine operations that close the
 * gap. Pure and deterministic: the same inputs give the same plan, in the same order.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * Creates missing networks and volumes (never external ones), pulls or builds missing images, creates and starts
     * containers, recreates those whose configuration or image changed, scales, and (when asked) removes orphans.
     * A project that already runs as described gives an empty plan.
     */
    public static Plan up(Project project, ObservedProject observed, PlanOptions options) {
        return new UpPlanner(project, observed, options).plan();
    }

    /** {@code up} without starting anything. */
    public static Plan create(Project project, ObservedProject observed, PlanOptions options) {
        return up(project, observed, options.withNoStart(true));
    }

    /**
     * Stops and removes the project's containers (dependents first), then its networks, with {@code volumes} its
     * named volumes, and the images {@code rmi} asks for. Without a project (the files are gone), everything
     * labelled as the project's goes.
     */
    public static Plan down(String projectName, Project project, ObservedProject observed, DownOptions options) {
        Plan.Builder plan = Plan.builder();
        TeardownPlanner teardown = new TeardownPlanner(project, observed, plan);
        Predicate<String> known = service -> project == null || options.removeOrphans()
                || project.services().containsKey(service) || project.disabledServices().containsKey(service);
        teardown.containers(known, c -> true, options.timeout(), true, options.volumes(), "down");
        if (options.removeOrphans()) teardown.oneOffs(options.timeout(), options.volumes(), "down --remove-orphans");
        Op[] removals = teardown.removals().toArray(Op[]::new);
        for (String network : networksToRemove(project, observed)) {
            plan.add(new Op.RemoveNetwork(network, "down"), removals);
        }
        if (options.volumes()) {
            for (String volume : volumesToRemove(project, observed)) {
                plan.add(new Op.RemoveVolume(volume, "down -v"), removals);
            }
        }
        for (String image : imagesToRemove(projectName, project, observed, options.rmi())) {
            plan.add(new Op.RemoveImage(image, "--rmi " + options.rmi().name().toLowerCase()), removals);
        }
        return plan.build();
    }

    /** Stops the running containers of {@code services} (empty = all), dependents first. */
    public static Plan stop(Project project, ObservedProject observed, Set<String> services, Duration timeout) {
        Plan.Builder plan = Plan.builder();
        new TeardownPlanner(project, observed, plan)
                .containers(selected(services), c -> true, timeout, false, false, "stop");
        return plan.build();
    }

    /**
     * Starts the existing, stopped containers of {@code services} (empty = all) in dependency order, each after its
     * dependencies meet their {@code depends_on} conditions. Creates nothing.
     */
    public static Plan start(Project project, ObservedProject observed, Set<String> services) {
        Plan.Builder plan = Plan.builder();
        Map<String, List<Op>> starts = new java.util.HashMap<>();
        for (String name : DependencyGraph.of(project).startOrder()) {
            if (!services.isEmpty() && !services.contains(name)) continue;
            Service s = project.service(name);
            List<Op> gate = new ArrayList<>();
            s.dependsOn().forEach((dep, d) -> {
                for (ObservedContainer c : observed.containersOf(dep)) {
                    Op await = new Op.AwaitCondition(dep, c.name(), condition(d), d.required(),
                            "depends_on: " + d.condition().id());
                    plan.add(await, starts.getOrDefault(c.name(), List.of()).toArray(Op[]::new));
                    gate.add(plan.get(await.id()));
                }
            });
            List<Op> ready = new ArrayList<>();
            for (ObservedContainer c : observed.containersOf(name)) {
                if (c.isRunning()) continue;
                Op start = new Op.StartContainer(name, c.name(), "start");
                plan.add(start, gate.toArray(Op[]::new));
                starts.put(c.name(), List.of(start));
                Op await = new Op.AwaitCondition(name, c.name(), Op.Condition.READY, true, "before the front routes to it");
                plan.add(await, start);
                ready.add(await);
            }
            frontAfterStart(project, observed, s, plan, ready);
        }
        return withoutIdleWaits(plan.build());
    }

    /**
     * Restarts the containers of {@code services} (empty = all) as Docker Compose does: each container is stopped and
     * started again on its own, a service's once the services it depends on have started again (a container that
     * is not running is only started). Null when a selected service has a front proxy: its restart goes through
     * the stop and start plans, which take the front's routing along.
     */
    public static Plan restart(Project project, ObservedProject observed, Set<String> services, Duration timeout) {
        Plan.Builder plan = Plan.builder();
        Map<String, List<Op>> started = new java.util.HashMap<>();
        for (String name : DependencyGraph.of(project).startOrder()) {
            if (!services.isEmpty() && !services.contains(name)) continue;
            Service s = project.service(name);
            List<Op> gate = new ArrayList<>();
            for (String dependency : s.dependsOn().keySet()) gate.addAll(started.getOrDefault(dependency, List.of()));
            if (observed.frontOf(name).isPresent()) return null;
            List<Op> own = new ArrayList<>();
            for (ObservedContainer c : observed.containersOf(name)) {
                Op first = null;
                if (c.isRunning()) {
                    first = new Op.StopContainer(name, c.name(), ContainerSpecFactory.stopTimeout(s, timeout), "restart");
                    plan.add(first, gate.toArray(Op[]::new));
                }
                Op start = new Op.StartContainer(name, c.name(), "restart");
                plan.add(start, first != null ? new Op[] {first} : gate.toArray(Op[]::new));
                own.add(start);
            }
            started.put(name, own);
        }
        return plan.build();
    }

    /**
     * What {@code restart SERVICE...} restarts: the services named and, unless {@code noDeps}, every service that
     * depends on one of them with {@code restart: true}, transitively (Docker Compose's rule). Empty = all.
     */
    public static Set<String> restartTargets(Project project, Set<String> services, boolean noDeps) {
        Set<String> out = new LinkedHashSet<>(services);
        if (noDeps || services.isEmpty()) return out;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Service s : project.services().values()) {
                if (out.contains(s.name())) continue;
                for (Map.Entry<String, DependsOn> d : s.dependsOn().entrySet()) {
                    if (d.getValue().restart() && out.contains(d.getKey())) {
                        grew = out.add(s.name());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Removes the stopped containers of {@code services} (empty = all); running ones are stopped first with
     * {@code stopFirst}, else left alone.
     */
    public static Plan remove(ObservedProject observed, Set<String> services, boolean stopFirst, boolean volumes) {
        Plan.Builder plan = Plan.builder();
        new TeardownPlanner(null, observed, plan).containers(selected(services),
                c -> stopFirst || !c.isRunning(), null, true, volumes, "rm");
        return plan.build();
    }

    private static Predicate<String> selected(Set<String> services) {
        return service -> services.isEmpty() || services.contains(service);
    }

    static Op.Condition condition(DependsOn d) {
        return switch (d.condition()) {
            case SERVICE_STARTED -> Op.Condition.STARTED;
            case SERVICE_HEALTHY -> Op.Condition.HEALTHY;
            case SERVICE_COMPLETED_SUCCESSFULLY -> Op.Condition.COMPLETED_SUCCESSFULLY;
        };
    }

    /**
     * A fronted service's front comes back after its replicas: pointed at them again, since a restarted replica
     * may have a new address.
     */
    private static void frontAfterStart(Project project, ObservedProject observed, Service s, Plan.Builder plan,
                                        List<Op> ready) {
        var front = observed.frontOf(s.name());
        if (front.isEmpty() || (ready.isEmpty() && front.get().isRunning())) return;
        List<String> routes = observed.containersOf(s.name()).stream().map(ObservedContainer::name).sorted().toList();
        int generation = observed.containersOf(s.name()).stream().mapToInt(ObservedContainer::generation).max().orElse(0);
        plan.add(Op.SwitchFront.exactly(s.name(), front.get().name(), Fronts.config(project, s), routes, generation,
                        "start"),
                ready.toArray(Op[]::new));
    }

    /** Waits that no start follows are dropped: with nothing to start there is nothing to wait for. */
    private static Plan withoutIdleWaits(Plan plan) {
        Set<String> needed = new LinkedHashSet<>();
        for (Op op : plan.ops()) {
            if (op instanceof Op.StartContainer || op instanceof Op.SwitchFront) needed.addAll(plan.waitsFor(op));
        }
        Plan.Builder out = Plan.builder();
        for (Op op : plan.ops()) {
            if (op instanceof Op.AwaitCondition && !needed.contains(op.id())) continue;
            out.add(op);
        }
        for (Op op : plan.ops()) {
            if (!out.contains(op.id())) continue;
            for (String first : plan.waitsFor(op)) out.after(op, out.get(first));
        }
        return out.build();
    }

    private static List<String> networksToRemove(Project project, ObservedProject observed) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> labelled = new LinkedHashSet<>();
        observed.projectNetworks().forEach(n -> labelled.add(n.name()));
        if (project == null) return List.copyOf(labelled);
        for (Map.Entry<String, NetworkSpec> e : project.networks().entrySet()) {
            if (e.getValue().external()) continue;
            String name = Names.network(project, e.getKey());
            if (labelled.contains(name)) out.add(name);
        }
        return List.copyOf(out);
    }

    private static List<String> volumesToRemove(Project project, ObservedProject observed) {
        if (project == null) return observed.projectVolumes().stream().map(VolumeInfo::name).toList();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, VolumeSpec> e : project.volumes().entrySet()) {
            if (e.getValue().external()) continue;
            String name = Names.volume(project, e.getKey());
            if (observed.volume(name).isPresent()) out.add(name);
        }
        return out;
    }

    /** LOCAL: the images jcompose named itself ({@code <project>-<service>}); ALL: every service's image. */
    private static List<String> imagesToRemove(String projectName, Project project, ObservedProject observed,
                                               DownOptions.Rmi rmi) {
        if (rmi == DownOptions.Rmi.NONE) return List.of();
        Set<String> out = new LinkedHashSet<>();
        if (project != null) {
            for (Service s : project.services().values()) {
                boolean local = s.image() == null || s.image().isEmpty();
                if (rmi == DownOptions.Rmi.ALL || local) out.add(s.imageName(projectName));
            }
            return List.copyOf(out);
        }
        for (ObservedContainer c : observed.containers()) {
            if (c.image() == null || c.isFront()) continue;
            boolean local = c.image().equals(projectName + "-" + c.service());
            if (rmi == DownOptions.Rmi.ALL || local) out.add(c.image());
        }
        return List.copyOf(out);
    }
}
