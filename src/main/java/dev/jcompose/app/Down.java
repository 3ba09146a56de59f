package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.plan.DownOptions;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.Planner;

/** {@code down}: from the project's files when they are there, else from the engine's labels alone. */
public final class Down {

    private final StackContext ctx;

    public Down(StackContext ctx) {
        this.ctx = ctx;
    }

    /** @param project null when the files are gone; then only what the labels say is removed */
    public Plan plan(String projectName, Project project, DownOptions options) {
        return Planner.down(projectName, project, ProjectObserver.observe(ctx.engine(), projectName), options);
    }

    public void execute(Plan plan) {
        new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism()).run(plan);
    }
}
