package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.Planner;
import dev.jcompose.state.ObservedProject;

/** {@code up} and {@code create}: observe, plan, and (unless a dry run) execute. */
public final class Up {

    private final StackContext ctx;
    private final PlanRunner runner;

    public Up(StackContext ctx) {
        this.ctx = ctx;
        this.runner = new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism());
    }

    /** The plan that brings the engine to the project's state; empty when nothing differs. */
    public Plan plan(Project project, PlanOptions options, boolean createOnly) {
        ObservedProject observed = ProjectObserver.observe(ctx.engine(), project.name());
        PlanOptions withImages = options.withImageIds(ImageInventory.imageIds(ctx.engine(), project))
                .withFileDigests(MountedFileDigests.of(project));
        return createOnly ? Planner.create(project, observed, withImages) : Planner.up(project, observed, withImages);
    }

    public void execute(Plan plan) {
        runner.run(plan);
    }

    public void cancel() {
        runner.cancel();
    }
}
