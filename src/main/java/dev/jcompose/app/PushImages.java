package dev.jcompose.app;

import dev.jcompose.exec.ExecutionResult;
import dev.jcompose.exec.OpFailure;
import dev.jcompose.model.Project;
import dev.jcompose.plan.ImagePlanner;
import dev.jcompose.plan.Op;
import dev.jcompose.progress.ProgressEvent;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** {@code push [SERVICE...]}: pushes the images of the services that build one and name it, in parallel. */
public final class PushImages {

    private final StackContext ctx;
    private final PlanRunner runner;

    public PushImages(StackContext ctx) {
        this.ctx = ctx;
        this.runner = new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism());
    }

    public ImagePlanner.ImagePlan plan(Project project, Set<String> services, boolean includeDeps) {
        return ImagePlanner.push(project, services, includeDeps);
    }

    /**
     * Pushes; a failure ends the command unless {@code ignoreFailures}, which turns each into a line
     * ("Pushing web: ...") for the command to show.
     */
    public List<String> execute(ImagePlanner.ImagePlan plan, boolean ignoreFailures) {
        for (ImagePlanner.Skipped s : plan.skipped()) {
            ctx.progress().onEvent(ProgressEvent.done(s.service(), s.reason(), Duration.ZERO));
        }
        ExecutionResult result = runner.execute(plan.plan());
        if (!result.succeeded() && !ignoreFailures) throw PlanRunner.failure(result);
        return result.failures().stream().map(PushImages::line).toList();
    }

    private static String line(OpFailure f) {
        String service = f.op() instanceof Op.PushImage push ? push.service() : f.op().resource();
        return "Pushing " + service + ": " + f.message();
    }

    public void cancel() {
        runner.cancel();
    }
}
