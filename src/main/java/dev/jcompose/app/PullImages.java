package dev.jcompose.app;

import dev.jcompose.exec.ExecutionResult;
import dev.jcompose.exec.OpFailure;
import dev.jcompose.model.Project;
import dev.jcompose.plan.ImagePlanner;
import dev.jcompose.plan.Op;
import dev.jcompose.progress.ProgressEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code pull [SERVICE...]}: pulls the services' images as Docker Compose's {@code pull} decides, in parallel. */
public final class PullImages {

    /**
     * @param mustBuild the services whose image could not be pulled but can be built
     * @param failure   what failed, for the command to report after the warnings; null when nothing did or when
     *                  failures are ignored
     */
    public record Outcome(List<String> mustBuild, StackFailure failure) {
        public Outcome {
            mustBuild = List.copyOf(mustBuild);
        }
    }

    private final StackContext ctx;
    private final PlanRunner runner;

    public PullImages(StackContext ctx) {
        this.ctx = ctx;
        this.runner = new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism());
    }

    /** @param policy {@code --policy} (missing, always) over every service with an image; null = their own */
    public ImagePlanner.ImagePlan plan(Project project, Set<String> services, boolean includeDeps, String policy,
                                       boolean ignoreBuildable) {
        return ImagePlanner.pull(project, services, includeDeps, new ImagePlanner.PullRequest(policy, ignoreBuildable),
                ImageInventory.imageIds(ctx.engine(), project));
    }

    /**
     * Reports the skipped services and pulls the rest; an image that could not be pulled is the outcome's failure,
     * unless {@code ignoreFailures}.
     */
    public Outcome execute(ImagePlanner.ImagePlan plan, boolean ignoreFailures) {
        for (ImagePlanner.Skipped s : plan.skipped()) {
            ctx.progress().onEvent(ProgressEvent.done(s.service(), s.reason(), Duration.ZERO));
        }
        ExecutionResult result = runner.execute(plan.plan());
        List<String> mustBuild = new ArrayList<>();
        for (OpFailure f : result.failures()) {
            if (f.op() instanceof Op.PullImage pull && plan.buildable().contains(pull.service())) {
                mustBuild.add(pull.service());
            }
        }
        // Docker Compose's pull fails for an image it could not pull even when a build can make it
        return new Outcome(mustBuild, result.succeeded() || ignoreFailures ? null : PlanRunner.failure(result));
    }

    public void cancel() {
        runner.cancel();
    }
}
