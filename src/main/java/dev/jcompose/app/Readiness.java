package dev.jcompose.app;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerState;
import dev.jcompose.exec.ContainerLogTail;
import dev.jcompose.exec.PlanExecutor;
import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.state.ObservedContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code up --wait}: waits until every container of the selected services (and what they need) is ready, then says
 * where each published port is reachable. Ready means healthy for a container with a healthcheck; exited with code 0
 * for a job that another service waits on with {@code service_completed_successfully}, or for a job
 * ({@code restart: "no"}) that has already finished; running otherwise. A service behind a front is reachable
 * through the front, which must be running. Health and exit waits follow the engine's events, as
 * {@code depends_on} does.
 */
public final class Readiness {

    private record Target(Service service, ObservedContainer container, Op.Condition condition) {
    }

    private final StackContext ctx;
    private volatile PlanExecutor running;

    public Readiness(StackContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param services the services asked for (empty = all)
     * @param timeout  how long to wait in all; null = no limit
     * @return the endpoints of the ready containers, by service in the order the files declare them
     * @throws StackFailure naming each service that is not ready, its container's state and last log lines
     */
    public List<Endpoint> await(Project project, Set<String> services, boolean noDeps, Duration timeout) {
        List<Target> targets = targets(project, selected(project, services, noDeps));
        Plan.Builder waits = Plan.builder();
        for (Target t : targets) {
            waits.add(new Op.AwaitCondition(t.service().name(), t.container().name(), t.condition(), true, "--wait"));
        }
        long start = System.nanoTime();
        PlanExecutor executor = new PlanExecutor(ctx.engine(), ctx.progress(), ctx.parallelism(), timeout);
        running = executor;
        try {
            executor.execute(waits.build());
        } finally {
            running = null;
        }
        boolean timedOut = timeout != null && System.nanoTime() - start >= timeout.toNanos();

        List<Endpoint> endpoints = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Target t : targets) {
            ContainerDetails d = ctx.engine().inspectContainer(t.container().name());
            if (isReady(t, d.state())) {
                endpoints.addAll(Endpoints.of(t.service(), t.container().name(), d.ports()));
                continue;
            }
            notReady.add(t.service().name());
            details.add(t.service().name() + ": container " + t.container().name() + " is " + describe(d.state())
                    + ", " + expected(t.condition()));
            List<String> lines = ContainerLogTail.of(ctx.engine(), t.container().name());
            if (!lines.isEmpty()) {
                details.add("last log lines of " + t.container().name() + ":");
                lines.forEach(l -> details.add("  " + l));
            }
        }
        if (!notReady.isEmpty()) {
            String which = notReady.size() == 1 ? "service " + notReady.get(0) + " is" : "services "
                    + String.join(", ", new LinkedHashSet<>(notReady)) + " are";
            String why = timedOut ? " after " + readable(timeout) : "";
            throw new StackFailure(which + " not ready" + why, details);
        }
        return endpoints;
    }

    /** Stops waiting (Ctrl-C). */
    public void cancel() {
        PlanExecutor e = running;
        if (e != null) e.cancel();
    }

    private static Set<String> selected(Project project, Set<String> services, boolean noDeps) {
        if (services.isEmpty()) return project.services().keySet();
        if (noDeps) return services;
        return new LinkedHashSet<>(DependencyGraph.of(project).closure(services));
    }

    private List<Target> targets(Project project, Set<String> selected) {
        Set<String> awaitedToComplete = awaitedToComplete(project);
        List<Target> out = new ArrayList<>();
        List<ObservedContainer> containers = ProjectObserver.observe(ctx.engine(), project.name()).containers();
        for (String name : project.services().keySet()) {
            if (!selected.contains(name)) continue;
            Service s = project.services().get(name);
            for (ObservedContainer c : containers) {
                if (c.oneoff() || c.isRetired() || !c.service().equals(name)) continue;
                // A fronted service's ports are the front's: it must run, and its bindings are what is reachable.
                Op.Condition condition = c.isFront() ? Op.Condition.READY
                        : condition(s, c, awaitedToComplete.contains(name));
                out.add(new Target(s, c, condition));
            }
        }
        return out;
    }

    private static Op.Condition condition(Service s, ObservedContainer c, boolean awaitedToComplete) {
        if (s.healthcheck() != null && !s.healthcheck().isDisabled()) return Op.Condition.HEALTHY;
        if (awaitedToComplete || (isJob(s) && !c.isRunning())) return Op.Condition.COMPLETED_SUCCESSFULLY;
        return Op.Condition.STARTED;
    }

    /** Services that another service waits on with {@code service_completed_successfully}. */
    private static Set<String> awaitedToComplete(Project project) {
        Set<String> out = new LinkedHashSet<>();
        for (Service s : project.services().values()) {
            s.dependsOn().forEach((dep, d) -> {
                if (d.condition() == DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY) out.add(dep);
            });
        }
        return out;
    }

    private static boolean isJob(Service s) {
        return s.restart() == null || "no".equals(s.restart());
    }

    static boolean isReady(Target t, ContainerState state) {
        return switch (t.condition()) {
            case HEALTHY -> state.running() && "healthy".equals(state.health());
            case COMPLETED_SUCCESSFULLY -> !state.running() && "exited".equals(state.status()) && state.exitCode() == 0;
            case STARTED -> state.running()
                    || (isJob(t.service()) && "exited".equals(state.status()) && state.exitCode() == 0);
            case READY -> state.running() && (state.health() == null || "healthy".equals(state.health()));
        };
    }

    /** "running (unhealthy)", "running (health: starting)", "exited with code 3", "created", ... */
    static String describe(ContainerState state) {
        if (state.running()) {
            if (state.health() == null) return state.status();
            return state.status() + " (" + ("starting".equals(state.health()) ? "health: starting" : state.health()) + ")";
        }
        if ("exited".equals(state.status())) {
            return "exited with code " + state.exitCode() + (state.oomKilled() ? " (out of memory)" : "");
        }
        return state.status();
    }

    private static String expected(Op.Condition condition) {
        return switch (condition) {
            case HEALTHY -> "expected healthy";
            case COMPLETED_SUCCESSFULLY -> "expected to exit with code 0";
            case STARTED -> "expected running";
            case READY -> "expected running, and healthy if it has a healthcheck";
        };
    }

    private static String readable(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
