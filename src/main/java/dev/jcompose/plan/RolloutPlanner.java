package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.model.Healthcheck;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Plans the rollout of one fronted service (see {@link RolloutPlan}): pure, from what the engine holds and what the
 * files want. The same planner finishes a rollout that was interrupted: whatever state the engine was left in, the
 * replicas that already match are kept, and the rest is planned again.
 */
public final class RolloutPlanner {

    /** What brings a replica up: a new container, or a retired one given back its name. */
    private sealed interface Arrival permits Fresh, Restored {
        String name();
    }

    private record Fresh(Op.CreateContainer create) implements Arrival {
        public String name() {
            return create.name();
        }
    }

    private record Restored(ObservedContainer retired) implements Arrival {
        public String name() {
            return retired.liveName();
        }
    }

    /** One replacement: {@code arrival} comes, {@code departure} (null for a pure addition) goes. */
    private record Slot(Arrival arrival, ObservedContainer departure) {
    }

    private final Project project;
    private final Service service;
    private final ObservedProject observed;
    private final String frontImage;
    private final boolean healthcheck;
    private final FrontConfig config;
    private final String front;
    private final Duration stopTimeout;

    private RolloutPlanner(Project project, Service service, ObservedProject observed, String frontImage) {
        this.project = project;
        this.service = service;
        this.observed = observed;
        this.frontImage = frontImage;
        this.healthcheck = hasHealthcheck(service.healthcheck());
        this.config = Fronts.config(project, service);
        this.front = Fronts.name(project.name(), service.name());
        this.stopTimeout = ContainerSpecFactory.stopTimeout(service, null);
    }

    /**
     * The rollout to {@code replicas} replicas of the files' version.
     *
     * @param staleCause why an observed replica must be replaced, or null when it matches the files
     * @param spec       the container spec of a new replica with the given number, for the given generation
     * @param cause      why the rollout happens, for the new replicas' ops
     */
    public static RolloutPlan forward(Project project, Service s, ObservedProject observed, int replicas,
                                      Function<ObservedContainer, String> staleCause,
                                      SpecFactory spec, String frontImage, String cause) {
        return new RolloutPlanner(project, s, observed, frontImage).forward(replicas, staleCause, spec, cause);
    }

    /** Back to the retired replicas: they serve again and the serving ones are retired in their place. */
    public static Optional<RolloutPlan> rollback(Project project, Service s, ObservedProject observed,
                                                 String frontImage) {
        return new RolloutPlanner(project, s, observed, frontImage).rollback();
    }

    /** Makes the spec of a new replica. */
    @FunctionalInterface
    public interface SpecFactory {
        ContainerSpec create(int number, int generation);
    }

    private RolloutPlan forward(int replicas, Function<ObservedContainer, String> staleCause, SpecFactory spec,
                                String cause) {
        List<ObservedContainer> all = observed.containersOf(service.name());
        List<ObservedContainer> keep = new ArrayList<>();
        List<ObservedContainer> old = new ArrayList<>();
        List<ObservedContainer> dead = new ArrayList<>();
        for (ObservedContainer c : all) {
            if (!c.isRunning()) dead.add(c);
            else if (staleCause.apply(c) == null && !"unhealthy".equals(c.health())) keep.add(c);
            else old.add(c);
        }
        List<ObservedContainer> surplus = new ArrayList<>();
        while (keep.size() > replicas) surplus.add(keep.remove(keep.size() - 1));
        int need = replicas - keep.size();
        while (old.size() > need) surplus.add(0, old.remove(old.size() - 1));

        Set<Integer> oldGenerations = new HashSet<>();
        old.forEach(c -> oldGenerations.add(c.generation()));
        List<ObservedContainer> retiredGone = new ArrayList<>();
        List<ObservedContainer> retiredKept = new ArrayList<>();
        for (ObservedContainer r : observed.retiredOf(service.name())) {
            // One generation back is kept for rollback: the one this rollout replaces.
            boolean replacedNow = oldGenerations.contains(r.generation());
            if (!old.isEmpty() && !replacedNow) retiredGone.add(r);
            else retiredKept.add(r);
        }

        int generation = keep.stream().mapToInt(ObservedContainer::generation).max()
                .orElse(maxGeneration() + 1);
        if (generation == 0) generation = maxGeneration() + 1;
        Set<Integer> taken = new TreeSet<>();
        keep.forEach(c -> taken.add(c.number()));
        old.forEach(c -> taken.add(c.number()));
        surplus.forEach(c -> taken.add(c.number()));
        retiredKept.forEach(c -> taken.add(c.number()));

        List<Slot> slots = new ArrayList<>();
        int number = 1;
        for (int i = 0; i < need; i++) {
            while (taken.contains(number)) number++;
            taken.add(number);
            Op.CreateContainer create = new Op.CreateContainer(service.name(), number, spec.create(number, generation),
                    i < old.size() ? cause : all.isEmpty() ? cause : "scale " + all.size() + " → " + replicas);
            slots.add(new Slot(new Fresh(create), i < old.size() ? old.get(i) : null));
        }

        UpdatePolicy update = policy(updateConfig(), replicas, UpdatePolicy.FailureAction.ROLLBACK);
        UpdatePolicy back = policy(rollbackConfig(), replicas, UpdatePolicy.FailureAction.PAUSE);

        List<String> serving = new ArrayList<>();
        keep.forEach(c -> serving.add(c.name()));
        old.forEach(c -> serving.add(c.name()));
        surplus.forEach(c -> serving.add(c.name()));
        List<Op> removals = new ArrayList<>();
        // Forced: a replica a killed jcompose was starting may come up between this observation and its removal.
        dead.forEach(c -> removals.add(new Op.RemoveContainer(service.name(), c.name(), false, true, "not running")));
        // Until the new generation serves, the front says the old one does and the old one is what reverts go to.
        int serves = servingGeneration(keep, old, surplus);
        Plan prepare = prepare(sorted(serving), removals, serves);
        // A replica made while an older generation kept its number must take that retired name from it.
        Set<String> inTheWay = new HashSet<>();
        old.forEach(c -> inTheWay.add(c.name() + Labels.RETIRED_SUFFIX));
        List<ObservedContainer> removedLast = new ArrayList<>();
        Set<String> removedOnRetiring = new HashSet<>();
        for (ObservedContainer r : retiredGone) {
            if (inTheWay.contains(r.name())) removedOnRetiring.add(r.name());
            else removedLast.add(r);
        }
        List<RolloutPlan.Batch> batches = batches(slots, update, generation, serves, removedOnRetiring);
        List<String> finalRoutes = new ArrayList<>(routesAfter(batches, serving));
        surplus.forEach(c -> finalRoutes.remove(c.name()));
        // The older retired generation goes only once this rollout has worked: a failed one leaves it the rollback target.
        Plan finish = finish(surplus, generation);
        return new RolloutPlan(service.name(), front, generation, update, back, prepare, batches, finish,
                removals(removedLast), sorted(serving), sorted(finalRoutes), false);
    }

    private Optional<RolloutPlan> rollback() {
        List<ObservedContainer> retired = observed.retiredOf(service.name());
        if (retired.isEmpty()) return Optional.empty();
        int target = retired.stream().mapToInt(ObservedContainer::generation).max().orElse(0);
        List<ObservedContainer> back = retired.stream().filter(r -> r.generation() == target).toList();
        List<ObservedContainer> live = new ArrayList<>(observed.containersOf(service.name()).stream()
                .filter(ObservedContainer::isRunning).toList());
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < back.size(); i++) {
            slots.add(new Slot(new Restored(back.get(i)), i < live.size() ? live.get(i) : null));
        }
        List<ObservedContainer> surplus = live.subList(Math.min(back.size(), live.size()), live.size());
        UpdatePolicy policy = policy(rollbackConfig(), back.size(), UpdatePolicy.FailureAction.PAUSE);
        List<String> serving = new ArrayList<>(live.stream().map(ObservedContainer::name).toList());
        int serves = currentGeneration(live);
        Plan prepare = prepare(sorted(serving), List.of(), serves);
        List<RolloutPlan.Batch> batches = batches(slots, policy, target, serves, Set.of());
        List<String> finalRoutes = new ArrayList<>(routesAfter(batches, serving));
        surplus.forEach(c -> finalRoutes.remove(c.name()));
        Plan finish = finish(surplus, target);
        return Optional.of(new RolloutPlan(service.name(), front, target, policy, policy, prepare, batches, finish,
                Plan.builder().build(), sorted(serving), sorted(finalRoutes), true));
    }

    /** Removes what must go, then makes sure the front exists, runs and routes to {@code serving}. */
    private Plan prepare(List<String> serving, List<Op> removals, int generation) {
        Plan.Builder plan = Plan.builder();
        removals.forEach(plan::add);
        ContainerSpec spec = Fronts.spec(project, service, frontImage);
        Optional<ObservedContainer> existing = observed.frontOf(service.name());
        Op created = null;
        if (existing.isEmpty()) {
            created = add(plan, new Op.CreateContainer(service.name(), 0, spec, "front missing"));
        } else if (!spec.labels().get(Labels.JCOMPOSE_FRONT_HASH)
                .equals(existing.get().labels().get(Labels.JCOMPOSE_FRONT_HASH))) {
            Op stop = add(plan, new Op.StopContainer(service.name(), front, Duration.ofSeconds(2), "front changed"));
            Op remove = add(plan, new Op.RemoveContainer(service.name(), front, false, "front changed"), stop);
            created = add(plan, new Op.CreateContainer(service.name(), 0, spec, "front changed"), remove);
        }
        String observedConfig = observed.frontConfig(service.name());
        boolean routesKnown = observedConfig != null && NginxConfig.routes(observedConfig) != null;
        boolean upToDate = created == null && existing.get().isRunning() && routesKnown
                && sorted(NginxConfig.routeNames(observedConfig)).equals(serving);
        if (!upToDate) {
            String why = created != null ? created.cause() : !existing.get().isRunning() ? "front not running"
                    : "front routes to other replicas";
            add(plan, Op.SwitchFront.exactly(service.name(), front, config, serving, generation, why), created);
        }
        return plan.build();
    }

    private List<RolloutPlan.Batch> batches(List<Slot> slots, UpdatePolicy policy, int generation, int previous,
                                            Set<String> olderRetired) {
        List<List<Slot>> groups = new ArrayList<>();
        List<Slot> additions = slots.stream().filter(s -> s.departure() == null).toList();
        if (!additions.isEmpty()) groups.add(additions);
        List<Slot> replacements = slots.stream().filter(s -> s.departure() != null).toList();
        for (int i = 0; i < replacements.size(); i += policy.parallelism()) {
            groups.add(replacements.subList(i, Math.min(replacements.size(), i + policy.parallelism())));
        }
        List<RolloutPlan.Batch> out = new ArrayList<>();
        for (List<Slot> group : groups) {
            out.add(new RolloutPlan.Batch(out.size() + 1, group.stream().map(s -> s.arrival().name()).toList(),
                    group.stream().filter(s -> s.departure() != null).map(s -> s.departure().name()).toList(),
                    forward(group, policy, generation, olderRetired), settle(group, policy, olderRetired),
                    revert(group, previous)));
        }
        return out;
    }

    private Plan forward(List<Slot> group, UpdatePolicy policy, int generation, Set<String> olderRetired) {
        Plan.Builder plan = Plan.builder();
        List<String> arriving = group.stream().map(s -> s.arrival().name()).toList();
        List<String> departing = group.stream().filter(s -> s.departure() != null).map(s -> s.departure().name())
                .toList();
        List<Op> departed = new ArrayList<>();
        boolean stopFirst = policy.order() == UpdatePolicy.Order.STOP_FIRST && !departing.isEmpty();
        if (stopFirst) {
            Op away = add(plan, Op.SwitchFront.change(service.name(), front, config, List.of(), departing, generation,
                    "stop-first: one writer at a time"));
            departed.addAll(depart(plan, group, olderRetired, away));
        }
        List<Op> ready = new ArrayList<>();
        for (Slot s : group) ready.add(arrive(plan, s.arrival(), policy, departed));
        Op switched = add(plan, Op.SwitchFront.change(service.name(), front, config, arriving,
                stopFirst ? List.of() : departing, generation, "new replicas ready"), ready.toArray(Op[]::new));
        if (healthcheck && !policy.monitor().isZero()) {
            for (Slot s : group) {
                add(plan, new Op.Monitor(service.name(), s.arrival().name(), policy.monitor(), "update_config.monitor"),
                        switched);
            }
        }
        return plan.build();
    }

    /** Start-first: the replaced replicas stop once the front no longer routes to them (and the new ones held). */
    private Plan settle(List<Slot> group, UpdatePolicy policy, Set<String> olderRetired) {
        Plan.Builder plan = Plan.builder();
        if (policy.order() == UpdatePolicy.Order.START_FIRST) depart(plan, group, olderRetired);
        return plan.build();
    }

    /** Brings one arrival up; returns the op after which it counts as ready. */
    private Op arrive(Plan.Builder plan, Arrival arrival, UpdatePolicy policy, List<Op> after) {
        Op present;
        if (arrival instanceof Fresh f) {
            present = add(plan, f.create(), after.toArray(Op[]::new));
        } else {
            Restored r = (Restored) arrival;
            present = add(plan, new Op.UnretireContainer(service.name(), r.retired().name(), r.name(), "rollback"),
                    after.toArray(Op[]::new));
        }
        String why = arrival instanceof Fresh ? "new replica" : "rollback";
        Op started = add(plan, new Op.StartContainer(service.name(), arrival.name(), why), present);
        if (arrival instanceof Fresh && !healthcheck && !policy.monitor().isZero()) {
            return add(plan, new Op.Monitor(service.name(), arrival.name(), policy.monitor(),
                    "no healthcheck: must keep running"), started);
        }
        return add(plan, new Op.AwaitCondition(service.name(), arrival.name(), Op.Condition.READY, true,
                "must be ready before it gets traffic"), started);
    }

    /**
     * Stops and retires each departing replica after {@code after}; an older retired replica holding the retired
     * name (one of {@code olderRetired}) is removed first.
     */
    private List<Op> depart(Plan.Builder plan, List<Slot> group, Set<String> olderRetired, Op... after) {
        List<Op> out = new ArrayList<>();
        for (Slot s : group) {
            ObservedContainer d = s.departure();
            if (d == null) continue;
            String retiredName = d.name() + Labels.RETIRED_SUFFIX;
            List<Op> before = new ArrayList<>();
            before.add(add(plan, new Op.StopContainer(service.name(), d.name(), stopTimeout, "replaced"), after));
            if (olderRetired.contains(retiredName)) {
                before.add(add(plan, new Op.RemoveContainer(service.name(), retiredName, false, true,
                        "an older generation"), after));
            }
            out.add(add(plan, new Op.RetireContainer(service.name(), d.name(), retiredName, "kept for rollback"),
                    before.toArray(Op[]::new)));
        }
        return out;
    }

    /**
     * Puts the departed replicas back, routes to them again, and takes the arrivals away; the front then says
     * {@code generation}, the one that served before.
     */
    private Plan revert(List<Slot> group, int generation) {
        Plan.Builder plan = Plan.builder();
        List<Op> ready = new ArrayList<>();
        List<String> back = new ArrayList<>();
        for (Slot s : group) {
            ObservedContainer d = s.departure();
            if (d == null) continue;
            back.add(d.name());
            Op restored = add(plan, new Op.UnretireContainer(service.name(), d.name() + Labels.RETIRED_SUFFIX,
                    d.name(), "revert"));
            Op start = add(plan, new Op.StartContainer(service.name(), d.name(), "revert"), restored);
            ready.add(add(plan, new Op.AwaitCondition(service.name(), d.name(), Op.Condition.READY, true, "revert"),
                    start));
        }
        List<String> arrivals = group.stream().map(s -> s.arrival().name()).toList();
        Op switched = add(plan, Op.SwitchFront.change(service.name(), front, config, back, arrivals, generation,
                "revert"), ready.toArray(Op[]::new));
        for (Slot s : group) {
            String name = s.arrival().name();
            Op stop = add(plan, new Op.StopContainer(service.name(), name, stopTimeout, "revert"), switched);
            if (s.arrival() instanceof Restored r) {
                add(plan, new Op.RetireContainer(service.name(), name, r.retired().name(), "revert"), stop);
            } else {
                add(plan, new Op.RemoveContainer(service.name(), name, false, true, "revert"), stop);
            }
        }
        return plan.build();
    }

    private Plan finish(List<ObservedContainer> surplus, int generation) {
        Plan.Builder plan = Plan.builder();
        if (surplus.isEmpty()) return plan.build();
        Op switched = add(plan, Op.SwitchFront.change(service.name(), front, config, List.of(),
                surplus.stream().map(ObservedContainer::name).toList(), generation, "fewer replicas"));
        for (ObservedContainer c : surplus) {
            Op stop = add(plan, new Op.StopContainer(service.name(), c.name(), stopTimeout, "fewer replicas"), switched);
            add(plan, new Op.RemoveContainer(service.name(), c.name(), false, "fewer replicas"), stop);
        }
        return plan.build();
    }

    private Plan removals(List<ObservedContainer> olderRetired) {
        Plan.Builder plan = Plan.builder();
        olderRetired.forEach(c -> plan.add(new Op.RemoveContainer(service.name(), c.name(), false, true,
                "an older generation")));
        return plan.build();
    }

    private static List<String> routesAfter(List<RolloutPlan.Batch> batches, List<String> serving) {
        List<String> routes = new ArrayList<>(serving);
        for (RolloutPlan.Batch b : batches) {
            routes.removeAll(b.replaced());
            routes.addAll(b.added());
        }
        return routes;
    }

    /** The settings with their defaults; a single writer goes stop-first whatever the order says (see Fronts). */
    private UpdatePolicy policy(dev.jcompose.model.Deploy.UpdateConfig settings, int replicas,
                                UpdatePolicy.FailureAction onFailure) {
        UpdatePolicy policy = UpdatePolicy.of(settings, healthcheck, UpdatePolicy.Order.START_FIRST, onFailure);
        return Fronts.isSingleWriter(service, replicas) ? policy.withOrder(UpdatePolicy.Order.STOP_FIRST) : policy;
    }

    private dev.jcompose.model.Deploy.UpdateConfig updateConfig() {
        return service.deploy() == null ? null : service.deploy().updateConfig();
    }

    private dev.jcompose.model.Deploy.UpdateConfig rollbackConfig() {
        return service.deploy() == null ? null : service.deploy().rollbackConfig();
    }

    private int maxGeneration() {
        return observed.allContainersOf(service.name()).stream().mapToInt(ObservedContainer::generation).max().orElse(0);
    }

    /** The generation serving before the rollout; 0 when nothing serves yet. */
    private static int servingGeneration(List<ObservedContainer> keep, List<ObservedContainer> old,
                                         List<ObservedContainer> surplus) {
        List<ObservedContainer> serving = new ArrayList<>(keep);
        serving.addAll(old);
        serving.addAll(surplus);
        return currentGeneration(serving);
    }

    private static int currentGeneration(List<ObservedContainer> live) {
        return live.stream().mapToInt(ObservedContainer::generation).max().orElse(0);
    }

    private static boolean hasHealthcheck(Healthcheck h) {
        var spec = ContainerSpecFactory.healthcheck(h);
        return spec != null && !spec.test().isEmpty() && !spec.test().get(0).equals("NONE");
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static Op add(Plan.Builder plan, Op op, Op... after) {
        plan.add(op, after);
        return plan.get(op.id());
    }
}
