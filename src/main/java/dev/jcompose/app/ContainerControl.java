package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.plan.ContainerActions;
import dev.jcompose.plan.Plan;

import java.util.Set;

/** {@code kill}, {@code pause} and {@code unpause}: one engine call per container, all at once. */
public final class ContainerControl {

    private final StackContext ctx;

    public ContainerControl(StackContext ctx) {
        this.ctx = ctx;
    }

    /** @param project null when the files are gone */
    public Plan killPlan(String projectName, Project project, Set<String> services, String signal,
                         boolean removeOrphans) {
        return ContainerActions.kill(project, ProjectObserver.observe(ctx.engine(), projectName), services, signal,
                removeOrphans);
    }

    public Plan pausePlan(String projectName, Set<String> services) {
        return ContainerActions.pause(ProjectObserver.observe(ctx.engine(), projectName), services);
    }

    public Plan unpausePlan(String projectName, Set<String> services) {
        return ContainerActions.unpause(ProjectObserver.observe(ctx.engine(), projectName), services);
    }

    public void execute(Plan plan) {
        new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism()).run(plan);
    }
}
