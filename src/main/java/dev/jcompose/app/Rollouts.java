package dev.jcompose.app;

import dev.jcompose.exec.ContainerFiles;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.plan.Fronts;
import dev.jcompose.plan.NginxConfig;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.Planner;
import dev.jcompose.plan.RolloutPlan;
import dev.jcompose.plan.RolloutPlanner;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code rollout}, {@code rollout --status} and {@code rollback}: the services that run behind a front. */
public final class Rollouts {

    /** One replica of a fronted service as {@code rollout --status} shows it. */
    public record Replica(String name, int generation, String state, String health, boolean routed, boolean retired) {
    }

    /**
     * A fronted service: its front, the generation the front serves and what it routes to (read from the front), and
     * every replica, retired ones too.
     */
    public record Status(String service, String front, String frontState, int generation, List<String> routes,
                         List<Replica> replicas) {
    }

    private final StackContext ctx;
    private final PlanRunner runner;

    public Rollouts(StackContext ctx) {
        this.ctx = ctx;
        this.runner = new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism());
    }

    /**
     * The rollout of {@code services} (empty = every service behind a front) to the files' version; with
     * {@code force}, every replica is replaced even when it matches. Replicas whose image changed under the same
     * tag are replaced too.
     */
    public Plan plan(Project project, Set<String> services, boolean force, String frontImage) {
        Set<String> targets = targets(project, services);
        ObservedProject observed = ProjectObserver.observeWithFronts(ctx.engine(), project.name());
        PlanOptions options = PlanOptions.defaults().withServices(targets).withNoDeps(true)
                .withRecreate(force ? PlanOptions.Recreate.FORCE : PlanOptions.Recreate.DIVERGED)
                .withFrontImage(frontImage);
        options = options.withImageIds(ImageInventory.imageIds(ctx.engine(), project, frontImage));
        return Planner.up(project, observed, options);
    }

    /** Back to the retired generation of {@code service}. */
    public Plan rollbackPlan(Project project, String service, String frontImage) {
        targets(project, Set.of(service));
        Service s = project.service(service);
        ObservedProject observed = ProjectObserver.observeWithFronts(ctx.engine(), project.name());
        Optional<RolloutPlan> back = RolloutPlanner.rollback(project, s, observed, Fronts.image(s, frontImage));
        if (back.isEmpty()) {
            throw new StackFailure("no previous generation of " + service + " to roll back to",
                    List.of("a rollout keeps the replicas it replaced, stopped, until the next rollout"));
        }
        return Plan.builder().add(new Op.Rollout(service, back.get(), "rollback to generation "
                + back.get().generation() + ": " + back.get().summary())).build();
    }

    public void execute(Plan plan) {
        runner.run(plan);
    }

    public void cancel() {
        runner.cancel();
    }

    public List<Status> status(Project project, Set<String> services) {
        Set<String> targets = targets(project, services);
        ObservedProject observed = ProjectObserver.observe(ctx.engine(), project.name());
        List<Status> out = new ArrayList<>();
        for (String name : targets) {
            Optional<ObservedContainer> front = observed.frontOf(name);
            String config = null;
            if (front.isPresent() && front.get().isRunning()) {
                config = ContainerFiles.read(ctx.engine(), front.get().id(), dev.jcompose.plan.FrontConfig.PATH)
                        .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
            }
            List<String> routes = NginxConfig.routeNames(config);
            List<Replica> replicas = new ArrayList<>();
            for (ObservedContainer c : observed.allContainersOf(name)) {
                if (c.isFront()) continue;
                replicas.add(new Replica(c.name(), c.generation(), c.state(), c.health(), routes.contains(c.name()),
                        c.isRetired()));
            }
            out.add(new Status(name, front.map(ObservedContainer::name).orElse(null),
                    front.map(ObservedContainer::state).orElse(null), NginxConfig.generation(config), routes, replicas));
        }
        return out;
    }

    /** The named services (all fronted ones when none are named); a named one that has no front is an error. */
    private static Set<String> targets(Project project, Set<String> services) {
        Set<String> out = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Service> e : project.services().entrySet()) {
            Service s = e.getValue();
            if (!services.isEmpty() && !services.contains(e.getKey())) continue;
            if (Fronts.isFronted(s)) {
                out.add(e.getKey());
            } else if (!services.isEmpty()) {
                List<String> why = Fronts.wantsFront(s) ? Fronts.problems(s)
                        : List.of("set deploy.update_config.order: start-first to run it behind a front");
                problems.add(e.getKey() + " does not roll out without downtime: " + String.join("; ", why));
            }
        }
        if (!problems.isEmpty()) throw new StackFailure(problems.get(0), problems.subList(1, problems.size()));
        if (out.isEmpty()) {
            throw new StackFailure("no service rolls out without downtime",
                    List.of("set deploy.update_config.order: start-first on a service to run it behind a front"));
        }
        return out;
    }
}
