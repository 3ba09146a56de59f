package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.MountSpec;
import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Mount;
import dev.jcompose.model.NetworkSpec;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.model.VolumeSpec;
import dev.jcompose.state.ConfigFingerprint;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;
import dev.jcompose.state.ServiceHash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converges a project's services in dependency order; see {@link Planner#up}. */
final class UpPlanner {

    /** The name a recreated container has until the old one is gone: the old one's short id, {@code _}, its name. */
    private static final java.util.regex.Pattern TEMPORARY_NAME = java.util.regex.Pattern.compile("[0-9a-f]{12}_");

    private final Project project;
    private final ObservedProject observed;
    private final PlanOptions options;
    private final DependencyGraph graph;
    private final Plan.Builder plan = Plan.builder();
    /** Per service: the ops that make its containers exist and run in this plan. */
    private final Map<String, List<Op>> readyOps = new HashMap<>();
    /** Per service: the names of its containers once the plan has run. */
    private final Map<String, List<String>> containerNames = new HashMap<>();
    private final Set<String> recreated = new HashSet<>();

    UpPlanner(Project project, ObservedProject observed, PlanOptions options) {
        this.project = project;
        this.observed = observed;
        this.options = options;
        this.graph = DependencyGraph.of(project);
    }

    Plan plan() {
        List<String> scope = scope();
        Map<String, List<Op>> prerequisites = new HashMap<>();
        for (String name : scope) prerequisites.put(name, prerequisites(project.service(name)));
        orphans();
        for (String name : scope) service(project.service(name), prerequisites.get(name));
        return plan.build();
    }

    /** The services to converge, in start order. */
    private List<String> scope() {
        return scope(graph, options);
    }

    static List<String> scope(DependencyGraph graph, PlanOptions options) {
        if (options.services().isEmpty()) return graph.startOrder();
        if (!options.noDeps()) return graph.closure(options.services());
        return graph.startOrder().stream().filter(options.services()::contains).toList();
    }

    /** Network, volume and image ops the service's containers wait for. */
    private List<Op> prerequisites(Service s) {
        List<Op> ops = new ArrayList<>();
        if (s.networkMode() == null || s.networkMode().isEmpty()) {
            for (String key : s.networks().keySet()) {
                NetworkSpec n = project.networks().get(key);
                if (n == null || n.external()) continue;
                String name = Names.network(project, key);
                if (observed.network(name).isPresent()) continue;
                ops.add(add(new Op.CreateNetwork(name, ResourceSpecs.network(project, key, n), "new network")));
            }
        }
        for (Mount m : s.volumes()) {
            if (!m.isNamedVolume()) continue;
            VolumeSpec v = project.volumes().get(m.source());
            if (v == null || v.external()) continue;
            String name = Names.volume(project, m.source());
            if (observed.volume(name).isPresent()) continue;
            ops.add(add(new Op.CreateVolume(name, ResourceSpecs.volume(project, m.source(), v), "new volume")));
        }
        Op pulled = null;
        for (Op image : ImageDecision.of(project, s, options)) {
            // a build after a pull of the same service stands in for that pull when it fails
            pulled = add(image, image instanceof Op.BuildImage ? pulled : null);
            ops.add(pulled);
        }
        return ops;
    }

    private void orphans() {
        if (!options.removeOrphans()) return;
        for (String service : observed.services()) {
            if (project.services().containsKey(service) || project.disabledServices().containsKey(service)) continue;
            for (ObservedContainer c : observed.allContainersOf(service)) {
                stopAndRemove(service, c, "orphan");
            }
        }
    }

    private void service(Service s, List<Op> prerequisites) {
        if (Fronts.isFronted(s)) {
            fronted(s, prerequisites);
            return;
        }
        List<Op> frontGone = dropFront(s);
        if (!frontGone.isEmpty()) {
            prerequisites = new ArrayList<>(prerequisites);
            prerequisites.addAll(frontGone);
        }
        String ref = s.imageName(project.name());
        String hash = ServiceHash.of(project, s);
        int want = options.scale().getOrDefault(s.name(), s.replicas());
        List<ObservedContainer> have = withoutUnfinishedReplacements(s);
        List<ObservedContainer> kept = have.subList(0, Math.min(want, have.size()));
        String scaleCause = "scale " + have.size() + " → " + want;
        for (int i = have.size() - 1; i >= kept.size(); i--) stopAndRemove(s.name(), have.get(i), scaleCause);

        List<Op> ready = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        Op imageOp = prerequisites.stream().filter(o -> o instanceof Op.PullImage || o instanceof Op.BuildImage)
                .findFirst().orElse(null);
        for (ObservedContainer c : kept) {
            taken.add(c.number());
            String why = recreateCause(s, c, hash, ref, imageOp);
            if (why != null) {
                names.add(recreate(s, c, hash, ref, why, prerequisites, ready));
                recreated.add(s.name());
                continue;
            }
            names.add(c.name());
            if (options.noStart()) continue;
            String restart = restartCause(s);
            if (restart != null && c.isRunning()) {
                Op stop = add(new Op.StopContainer(s.name(), c.name(), stopTimeout(s), restart));
                ready.add(add(new Op.StartContainer(s.name(), c.name(), restart), gate(s, stop)));
            } else if (!c.isRunning()) {
                ready.add(add(new Op.StartContainer(s.name(), c.name(), "not running"), gate(s)));
            }
        }
        String createCause = have.isEmpty() ? "new service" : scaleCause;
        int number = 1;
        for (int i = kept.size(); i < want; i++) {
            while (taken.contains(number)) number++;
            taken.add(number);
            names.add(createAndStart(s, number, hash, ref, createCause, prerequisites, null, ready));
        }
        readyOps.put(s.name(), ready);
        containerNames.put(s.name(), names);
    }

    /**
     * A recreate interrupted after its new container was created leaves that container under its temporary name.
     * While the old one is still there, the new one is removed (keeping the anonymous volumes it borrowed); when
     * the old one is gone, the new one stays and is recreated under the right name (see recreateCause).
     */
    private List<ObservedContainer> withoutUnfinishedReplacements(Service s) {
        List<ObservedContainer> all = observed.containersOf(s.name());
        List<ObservedContainer> have = new ArrayList<>();
        for (ObservedContainer c : all) {
            boolean originalLeft = isUnfinishedReplacement(c) && all.stream()
                    .anyMatch(o -> o != c && o.number() == c.number() && !isUnfinishedReplacement(o));
            if (!originalLeft) {
                have.add(c);
                continue;
            }
            Op stop = c.isRunning()
                    ? add(new Op.StopContainer(s.name(), c.name(), stopTimeout(s), "unfinished recreate")) : null;
            add(new Op.RemoveContainer(s.name(), c.name(), false, "unfinished recreate"), stop);
        }
        return have;
    }

    private static boolean isUnfinishedReplacement(ObservedContainer c) {
        return c.labels().containsKey(Labels.REPLACE) && TEMPORARY_NAME.matcher(c.name()).lookingAt();
    }

    /**
     * A fronted service converges through a rollout: its replicas are replaced batch by batch behind its front (see
     * {@link RolloutPlanner}); services that depend on it wait for the rollout.
     */
    private void fronted(Service s, List<Op> prerequisites) {
        String ref = s.imageName(project.name());
        String hash = ServiceHash.of(project, s);
        String imageId = options.imageIds().get(ref);
        int want = options.scale().getOrDefault(s.name(), s.replicas());
        Op imageOp = prerequisites.stream().filter(o -> o instanceof Op.PullImage || o instanceof Op.BuildImage)
                .findFirst().orElse(null);
        String frontImage = Fronts.image(s, options.frontImage());
        List<Op> before = new ArrayList<>(prerequisites);
        if (!options.imageIds().containsKey(frontImage)) {
            before.add(add(new Op.PullImage(s.name(), frontImage, "front image missing")));
        }
        // Replicas made before the service had a front hold its ports: they go first, the one time it moves.
        List<ObservedContainer> legacy = observed.containersOf(s.name()).stream().filter(c -> c.generation() == 0).toList();
        for (ObservedContainer c : legacy) before.add(stopAndRemove(s.name(), c, "now behind a front"));
        ObservedProject view = legacy.isEmpty() ? observed : without(observed, legacy);
        if (options.noStart()) {
            containerNames.put(s.name(), view.containersOf(s.name()).stream().map(ObservedContainer::name).toList());
            readyOps.put(s.name(), List.of());
            return;
        }
        Map<String, String> causes = new HashMap<>();
        java.util.function.Function<ObservedContainer, String> stale = c -> causes.computeIfAbsent(c.name(),
                k -> recreateCause(s, c, hash, ref, imageOp));
        RolloutPlan rollout = RolloutPlanner.forward(project, s, view, want, stale,
                (number, generation) -> ContainerSpecFactory.behindFront(project, s, number, hash, ref, imageId,
                        MountedFiles.label(project, s, options.fileDigests()), generation),
                frontImage, rolloutCause(s, view, want, stale, legacy));
        containerNames.put(s.name(), rollout.finalRoutes());
        if (rollout.isEmpty()) {
            readyOps.put(s.name(), List.of());
            return;
        }
        if (rollout.replacements() > 0 && !view.containersOf(s.name()).isEmpty()) recreated.add(s.name());
        Op op = add(new Op.Rollout(s.name(), rollout, rolloutCause(s, view, want, stale, legacy) + ": "
                + rollout.summary()), gate(s));
        before.forEach(p -> plan.after(op, p));
        for (String dep : graph.dependenciesOf(s.name())) {
            if (s.dependsOn().containsKey(dep)) continue;
            for (Op first : readyOps.getOrDefault(dep, List.of())) plan.after(op, first);
        }
        readyOps.put(s.name(), List.of(op));
    }

    private static String rolloutCause(Service s, ObservedProject view, int want,
                                       java.util.function.Function<ObservedContainer, String> stale,
                                       List<ObservedContainer> legacy) {
        if (!legacy.isEmpty()) return "now behind a front";
        List<ObservedContainer> have = view.containersOf(s.name());
        if (have.isEmpty()) return "new service";
        for (ObservedContainer c : have) {
            String why = stale.apply(c);
            if (why != null && c.isRunning()) return why;
        }
        if (have.stream().filter(ObservedContainer::isRunning).count() != want) {
            return "scale " + have.stream().filter(ObservedContainer::isRunning).count() + " → " + want;
        }
        return "front out of date";
    }

    /** A service that no longer asks for a front loses it, and with it its retired replicas. */
    private List<Op> dropFront(Service s) {
        List<Op> out = new ArrayList<>();
        observed.frontOf(s.name()).ifPresent(f -> out.add(stopAndRemove(s.name(), f, "no longer behind a front")));
        for (ObservedContainer r : observed.retiredOf(s.name())) {
            out.add(stopAndRemove(s.name(), r, "no longer behind a front"));
        }
        return out;
    }

    private static ObservedProject without(ObservedProject o, List<ObservedContainer> gone) {
        List<ObservedContainer> kept = o.containers().stream().filter(c -> !gone.contains(c)).toList();
        Map<String, String> configs = new HashMap<>();
        for (String service : o.services()) {
            String text = o.frontConfig(service);
            if (text != null) configs.put(service, text);
        }
        return new ObservedProject(o.project(), kept, o.networks(), o.volumes(), configs);
    }

    private String recreateCause(Service s, ObservedContainer c, String hash, String ref, Op imageOp) {
        if (isUnfinishedReplacement(c)) return "unfinished recreate";
        boolean asked = options.services().isEmpty() || options.services().contains(s.name());
        switch (recreateStrategy(asked)) {
            case NEVER:
                return null;
            case FORCE:
                return asked ? "forced recreate" : "forced recreate of a dependency";
            default:
                break;
        }
        boolean behindFront = c.generation() > 0;
        if (behindFront != Fronts.isFronted(s)) return behindFront ? "no longer behind a front" : "now behind a front";
        if (!hash.equals(c.configHash())) return whatChanged(s, c);
        String imageId = options.imageIds().get(ref);
        if (imageId == null && imageOp != null) return "image changed";
        if (imageId != null && c.imageId() != null && !imageId.equals(c.imageId())) return "image changed";
        String files = filesChanged(s, c);
        if (files != null) return files;
        for (String dep : s.namespaceServiceRefs()) {
            if (recreated.contains(dep)) return dep + " recreated";
        }
        return null;
    }

    /**
     * As Docker Compose's: {@code --force-recreate} is for the services asked for; their dependencies are recreated
     * when they changed, or always with {@code --always-recreate-deps}; {@code --no-recreate} holds for both.
     */
    private PlanOptions.Recreate recreateStrategy(boolean asked) {
        if (asked || options.recreate() == PlanOptions.Recreate.NEVER) return options.recreate();
        return options.recreateDeps() ? PlanOptions.Recreate.FORCE : PlanOptions.Recreate.DIVERGED;
    }

    /** "environment.FOO changed", from the per-setting fingerprint the old container carries; else "config changed". */
    private String whatChanged(Service s, ObservedContainer c) {
        Map<String, String> before = ConfigFingerprint.decode(c.labels().get(Labels.JCOMPOSE_CONFIG_KEYS));
        if (before.isEmpty()) return "config changed";
        List<String> changed = ConfigFingerprint.changes(before,
                ConfigFingerprint.decode(ServiceHash.fingerprint(project, s)));
        if (changed.isEmpty()) return "config changed";
        String named = String.join(", ", changed.subList(0, Math.min(3, changed.size())));
        return named + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "") + " changed";
    }

    /**
     * "secrets.db content changed" when a bound file's content differs from what the container was created with.
     * Containers made before jcompose recorded digests (no label) are left alone.
     */
    private String filesChanged(Service s, ObservedContainer c) {
        if (!c.labels().containsKey(Labels.JCOMPOSE_FILE_DIGESTS)) return null;
        List<String> changed = MountedFiles.changed(c.labels().get(Labels.JCOMPOSE_FILE_DIGESTS),
                MountedFiles.label(project, s, options.fileDigests()));
        return changed.isEmpty() ? null : String.join(", ", changed) + " content changed";
    }

    /** Compose restarts a service whose {@code depends_on} entry has {@code restart: true} when that dependency is recreated. */
    private String restartCause(Service s) {
        for (Map.Entry<String, DependsOn> e : s.dependsOn().entrySet()) {
            if (e.getValue().restart() && recreated.contains(e.getKey())) return e.getKey() + " recreated";
        }
        return null;
    }

    /** Returns the container's name. */
    private String createAndStart(Service s, int number, String hash, String ref, String cause,
                                  List<Op> prerequisites, Op removed, List<Op> ready) {
        Op.CreateContainer create = new Op.CreateContainer(s.name(), number, spec(s, number, hash, ref), cause);
        addCreate(s, create, prerequisites, removed);
        ready.add(startUnlessNoStart(s, create.name(), cause, create));
        return create.name();
    }

    /**
     * Docker Compose's order: the new container is created under a temporary name while the old one still runs
     * (so a configuration the engine refuses leaves the old one serving), inheriting the old one's anonymous
     * volumes unless {@code -V}; then the old one is stopped and removed, and the new one renamed and started.
     * Returns the container's name.
     */
    private String recreate(Service s, ObservedContainer old, String hash, String ref, String cause,
                            List<Op> prerequisites, List<Op> ready) {
        ContainerSpec fresh = spec(s, old.number(), hash, ref);
        Map<String, String> labels = new LinkedHashMap<>(fresh.labels());
        labels.put(Labels.REPLACE, s.containerName() != null && !s.containerName().isEmpty()
                ? s.containerName() : s.name() + "-" + old.number());
        List<MountSpec> mounts = options.renewAnonVolumes() ? fresh.mounts()
                : AnonymousVolumes.inherit(fresh.mounts(), old.anonymousVolumes());
        String temporary = old.id().substring(0, Math.min(12, old.id().length())) + "_" + fresh.name();
        Op.CreateContainer create = new Op.CreateContainer(s.name(), old.number(),
                fresh.replacement(temporary, labels, mounts), cause, fresh.name());
        addCreate(s, create, prerequisites, null);
        Op stop = old.isRunning()
                ? add(new Op.StopContainer(s.name(), old.name(), stopTimeout(s), cause), create) : create;
        Op remove = add(new Op.RemoveContainer(s.name(), old.name(), options.renewAnonVolumes(), cause), stop);
        Op rename = add(new Op.RenameContainer(s.name(), temporary, fresh.name(), cause), remove);
        ready.add(startUnlessNoStart(s, fresh.name(), cause, rename));
        return fresh.name();
    }

    private ContainerSpec spec(Service s, int number, String hash, String ref) {
        return ContainerSpecFactory.create(project, s, number, hash, ref, options.imageIds().get(ref),
                MountedFiles.label(project, s, options.fileDigests()));
    }

    private void addCreate(Service s, Op.CreateContainer create, List<Op> prerequisites, Op removed) {
        Op[] gate = gate(s);
        add(create, removed);
        prerequisites.forEach(p -> plan.after(create, p));
        for (Op g : gate) plan.after(create, g);
        for (String dep : graph.dependenciesOf(s.name())) {
            if (s.dependsOn().containsKey(dep)) continue;
            // links, volumes_from and service:x namespaces need the other container to exist and run.
            for (Op first : readyOps.getOrDefault(dep, List.of())) plan.after(create, first);
        }
    }

    /** The op after which the container is ready: its start, or {@code last} with {@code --no-start}. */
    private Op startUnlessNoStart(Service s, String name, String cause, Op last) {
        if (options.noStart()) return last;
        return add(new Op.StartContainer(s.name(), name, cause), last);
    }

    /**
     * The waits for the service's {@code depends_on} conditions: one per container of each dependency being
     * converged, after that container's own start.
     */
    private Op[] gate(Service s, Op... extra) {
        Set<Op> ops = new LinkedHashSet<>(List.of(extra));
        if (options.noStart()) return ops.toArray(Op[]::new);
        s.dependsOn().forEach((dep, d) -> {
            if (!containerNames.containsKey(dep)) return;
            Op.Condition condition = Planner.condition(d);
            for (String name : containerNames.get(dep)) {
                Op await = new Op.AwaitCondition(dep, name, condition, d.required(),
                        "depends_on: " + d.condition().id());
                plan.add(await);
                readyOps.getOrDefault(dep, List.of()).stream()
                        .filter(o -> nameOf(o).equals(name) || o instanceof Op.Rollout)
                        .forEach(o -> plan.after(await, o));
                ops.add(await);
            }
        });
        return ops.toArray(Op[]::new);
    }

    private Op stopAndRemove(String service, ObservedContainer c, String cause) {
        Op stop = null;
        if (c.isRunning()) {
            stop = add(new Op.StopContainer(service, c.name(), stopTimeout(project.service(service)), cause));
        }
        return add(new Op.RemoveContainer(service, c.name(), options.renewAnonVolumes(), cause), stop);
    }

    private java.time.Duration stopTimeout(Service s) {
        return ContainerSpecFactory.stopTimeout(s, options.stopTimeout());
    }

    private Op add(Op op, Op... after) {
        plan.add(op, after);
        return plan.get(op.id());
    }

    private static String nameOf(Op op) {
        if (op instanceof Op.StartContainer start) return start.name();
        if (op instanceof Op.CreateContainer create) return create.replaces() == null ? create.name() : create.replaces();
        if (op instanceof Op.RenameContainer rename) return rename.newName();
        return "";
    }
}
