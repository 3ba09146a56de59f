package dev.jcompose.app;

import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.Project;
import dev.jcompose.plan.ImagePlanner;
import dev.jcompose.plan.Plan;

import java.util.Map;
import java.util.Set;

/** {@code build [SERVICE...]}: builds the selected services' images, in parallel, each tagged as Docker Compose tags it. */
public final class BuildImages {

    private final PlanRunner runner;

    public BuildImages(StackContext ctx) {
        this.runner = new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism());
    }

    /**
     * @param environment the project's variables, for build args given without a value
     * @param cliArgs     {@code --build-arg} values (null = take it from {@code environment}), over every service's
     */
    public Plan plan(Project project, Map<String, String> environment, Set<String> services, boolean withDependencies,
                     boolean noCache, boolean pull, Map<String, String> cliArgs) {
        Set<String> selected = services.isEmpty() ? project.services().keySet()
                : withDependencies ? Set.copyOf(DependencyGraph.of(project).closure(services)) : services;
        BuildContexts.requireLocal(project, selected);
        return ImagePlanner.build(BuildArgs.resolved(project, environment), services, withDependencies,
                new ImagePlanner.BuildOverrides(noCache, pull, BuildArgs.resolve(cliArgs, environment)));
    }

    public void execute(Plan plan) {
        runner.run(plan);
    }

    public void cancel() {
        runner.cancel();
    }
}
