package dev.jcompose.app;

import dev.jcompose.model.Project;
import dev.jcompose.plan.ImagePlanner;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.Planner;
import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code up} and {@code create}: observe, plan, and (unless a dry run) execute. */
public final class Up {

    private final StackContext ctx;
    private final PlanRunner runner;
    private volatile boolean cancelled;
    private boolean orphansWarned;

    public Up(StackContext ctx) {
        this.ctx = ctx;
        this.runner = new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism());
    }

    /** The plan that brings the engine to the project's state; empty when nothing differs. */
    public Plan plan(Project project, PlanOptions options, boolean createOnly) {
        ObservedProject observed = ProjectObserver.observeWithFronts(ctx.engine(), project.name());
        if (!orphansWarned && !options.removeOrphans() && !options.ignoreOrphans()) warnOrphans(project, observed);
        PlanOptions withImages = ImageInventory.observe(ctx.engine(), project, options)
                .withFileDigests(MountedFileDigests.of(project));
        Plan plan = createOnly ? Planner.create(project, observed, withImages)
                : Planner.up(project, observed, withImages);
        BuildContexts.requireLocal(project, plan.ops().stream()
                .filter(op -> op instanceof Op.BuildImage).map(op -> ((Op.BuildImage) op).service()).toList());
        ProviderServices.refuse(project, plan.ops().stream()
                .filter(op -> op instanceof Op.CreateContainer).map(op -> ((Op.CreateContainer) op).service())
                .toList());
        return plan;
    }

    /** As Docker Compose warns, once per command. */
    private void warnOrphans(Project project, ObservedProject observed) {
        orphansWarned = true;
        List<String> names = new ArrayList<>();
        for (String service : observed.services()) {
            if (project.services().containsKey(service) || project.disabledServices().containsKey(service)) continue;
            for (ObservedContainer c : observed.allContainersOf(service)) names.add(c.name());
        }
        if (names.isEmpty()) return;
        ctx.progress().onEvent(ProgressEvent.warning("Project " + project.name(), "Warning", "Found orphan containers (["
                + String.join(" ", names) + "]) for this project. If you removed or renamed this service in your compose file, you can "
                + "run this command with the --remove-orphans flag to clean it up.", Duration.ZERO));
    }

    public void execute(Plan plan) {
        runner.run(plan);
    }

    /**
     * Brings the engine to the project's state as Docker Compose does it, in three steps: pulls what the pull
     * policies ask for (a failed pull of an image that can be built is only a warning), then builds what is still
     * missing or asked to be rebuilt, then converges the containers against the images as they are now, so a
     * container whose tag now names another image is recreated ("image changed").
     *
     * @param planned the plan {@link #plan} made with the same arguments: when it holds no image work, it is run
     *                as it is
     */
    public void converge(Project project, PlanOptions options, boolean createOnly, Plan planned) {
        boolean imageWork = planned.ops().stream()
                .anyMatch(op -> op instanceof Op.PullImage || op instanceof Op.BuildImage);
        if (!imageWork) {
            runner.run(planned);
            return;
        }
        runner.run(ImagePlanner.upPulls(project, ImageInventory.observe(ctx.engine(), project, options)));
        if (cancelled) return;
        runner.run(ImagePlanner.upBuilds(project, ImageInventory.observe(ctx.engine(), project,
                options.withPull(PlanOptions.Pull.NEVER))));
        if (cancelled) return;
        runner.run(plan(project, options.withPull(PlanOptions.Pull.NEVER).withBuild(PlanOptions.Build.NEVER),
                createOnly));
    }

    public void cancel() {
        cancelled = true;
        runner.cancel();
    }
}
