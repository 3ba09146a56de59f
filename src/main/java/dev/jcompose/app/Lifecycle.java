package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.Planner;
import dev.jcompose.state.ObservedProject;

import java.time.Duration;
import java.util.Set;

/** {@code start}, {@code stop}, {@code restart} and {@code rm} of a project's existing containers. */
public final class Lifecycle {

    private final StackContext ctx;

    public Lifecycle(StackContext ctx) {
        this.ctx = ctx;
    }

    public Plan startPlan(Project project, Set<String> services) {
        return Planner.start(project, observe(project.name()), services);
    }

    public Plan stopPlan(String projectName, Project project, Set<String> services, Duration timeout) {
        return Planner.stop(project, observe(projectName), services, timeout);
    }

    /** Docker Compose's restart, container by container; null when a front proxy needs the stop and start plans. */
    public Plan restartPlan(Project project, Set<String> services, Duration timeout) {
        return Planner.restart(project, observe(project.name()), services, timeout);
    }

    public Plan removePlan(String projectName, Set<String> services, boolean stopFirst, boolean volumes) {
        return Planner.remove(observe(projectName), services, stopFirst, volumes);
    }

    /** The second Ctrl-C: kill what is still running, now. */
    public void kill(String projectName, Set<String> services) {
        for (var c : observe(projectName).containers()) {
            if (!c.isRunning() || (!services.isEmpty() && !services.contains(c.service()))) continue;
            try {
                ctx.engine().killContainer(c.name(), "SIGKILL");
            } catch (RuntimeException alreadyGone) {
                // it stopped on its own meanwhile
            }
        }
    }

    public void execute(Plan plan) {
        new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism()).run(plan);
    }

    private ObservedProject observe(String projectName) {
        return ProjectObserver.observe(ctx.engine(), projectName);
    }
}
