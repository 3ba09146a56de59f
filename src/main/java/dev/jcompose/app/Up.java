package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.Planner;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.util.Set;

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

    /**
     * {@code --wait}: every container of the selected services running, and healthy where it has a healthcheck;
     * a one-off job (restart "no") that exits 0 counts as done.
     */
    public void awaitReady(Project project, Set<String> services, java.time.Duration timeout) {
        ObservedProject observed = ProjectObserver.observe(ctx.engine(), project.name());
        Plan.Builder waits = Plan.builder();
        for (ObservedContainer c : observed.containers()) {
            if (c.oneoff() || (!services.isEmpty() && !services.contains(c.service()))) continue;
            Service s = project.services().get(c.service());
            if (s == null) continue;
            Op.Condition condition = s.healthcheck() != null && !s.healthcheck().isDisabled() ? Op.Condition.HEALTHY
                    : isJob(s) && !c.isRunning() ? Op.Condition.COMPLETED_SUCCESSFULLY : Op.Condition.STARTED;
            waits.add(new Op.AwaitCondition(c.service(), c.name(), condition, true, "--wait"));
        }
        new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism(), timeout).run(waits.build());
    }

    private static boolean isJob(Service s) {
        return s.restart() == null || "no".equals(s.restart());
    }

    public void cancel() {
        runner.cancel();
    }
}
