package dev.jcompose.app;

import dev.jcompose.exec.ExecutionResult;
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

    /** @param mustBuild the services whose image could not be pulled but can be built */
    public record Outcome(List<String> mustBuild) {
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
     * Reports the skipped services, pulls the rest, and fails on the first image that could neither be pulled nor
     * built, unless {@code ignoreFailures}.
     */
    public Outcome execute(ImagePlanner.ImagePlan plan, boolean ignoreFailures) {
        for (ImagePlanner.Skipped s : plan.skipped()) {
            ctx.progress().onEvent(ProgressEvent.done(s.service(), s.reason(), Duration.ZERO));
        }
        ExecutionResult result = runner.execute(plan.plan());
        List<String> mustBuild = new ArrayList<>();
        for (Op op : plan.plan().ops()) {
            if (op instanceof Op.PullImage pull && pull.fallbackToBuild() && !ctx.engine().imageExists(pull.image())) {
                mustBuild.add(pull.service());
            }
        }
        if (!result.succeeded() && !ignoreFailures) throw PlanRunner.failure(result);
        return new Outcome(mustBuild);
    }

    public void cancel() {
        runner.cancel();
    }
}
