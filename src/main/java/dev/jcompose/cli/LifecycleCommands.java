package dev.jcompose.cli;

import dev.jcompose.app.Lifecycle;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.Up;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.Planner;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code create}, {@code start}, {@code stop}, {@code restart} and {@code rm}: one plan each, run with progress. */
final class LifecycleCommands {

    private LifecycleCommands() {
    }

    /** The parts every one of these verbs shares. */
    abstract static class Base extends ProjectCommand {
        @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Only these services")
        List<String> serviceNames;

        Base(CliContext context) {
            super(context);
        }

        /** Loads the project, or (where the verb allows it) goes on with null when there are no files. */
        Project project(boolean filesOptional) {
            context = EngineCommands.connectingEarly(context);
            try {
                LoadResult loaded = EngineCommands.load(global, context);
                EngineCommands.printWarnings(loaded, spec.commandLine().getErr());
                return loaded.project();
            } catch (InvalidProjectException e) {
                if (filesOptional && ProjectLoader.isNoFilesFound(e)) return null;
                throw e;
            }
        }

        /**
         * As {@link #project}, with the services of every profile: verbs on existing containers act on them whatever
         * profiles are enabled now, as Docker Compose's do.
         */
        Project projectOfEveryProfile(boolean filesOptional) {
            Project project = project(filesOptional);
            return project == null ? null : project.withEveryProfile();
        }

        Set<String> services(Project project) {
            if (project == null) return Set.copyOf(serviceNames == null ? List.of() : serviceNames);
            return EngineCommands.services(project, serviceNames);
        }

        String name(Project project) {
            return project != null ? project.name() : EngineCommands.projectNameWithoutFiles(global, context);
        }

        /** Builds the plans with a connected stack and runs them in order, or prints them for --dry-run. */
        int run(Function<StackContext, List<Plan>> plans) {
            PrintWriter err = spec.commandLine().getErr();
            try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
                StackContext stack = EngineCommands.stack(global, context, display);
                Lifecycle lifecycle = new Lifecycle(stack);
                for (Plan plan : plans.apply(stack)) {
                    if (global.dryRun()) {
                        spec.commandLine().getOut().print(plan.render());
                        spec.commandLine().getOut().flush();
                    } else {
                        lifecycle.execute(plan);
                    }
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Creates containers for a service", optionListHeading = "%nOptions:%n")
    static final class Create extends Base {
        @Mixin
        ConvergeOptions converge;

        Create(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = project(false);
            Set<String> services = services(project);
            PlanOptions options = converge.applyTo(PlanOptions.defaults().withServices(services)
                    .withFrontImage(EngineCommands.frontImage(context)));
            PrintWriter err = spec.commandLine().getErr();
            try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
                Up up = new Up(EngineCommands.stack(global, context, display));
                Plan plan = up.plan(project, options, true);
                if (global.dryRun()) {
                    spec.commandLine().getOut().print(plan.render());
                    spec.commandLine().getOut().flush();
                    return ExitCodes.OK;
                }
                up.converge(project, options, true, plan);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "start", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Start services", optionListHeading = "%nOptions:%n")
    static final class Start extends Base {
        Start(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = projectOfEveryProfile(false);
            Set<String> services = services(project);
            return run(stack -> List.of(new Lifecycle(stack).startPlan(project, services)));
        }
    }

    @Command(name = "stop", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Stop services", optionListHeading = "%nOptions:%n")
    static final class Stop extends Base {
        @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Specify a shutdown timeout in seconds")
        Integer timeout;

        Stop(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = projectOfEveryProfile(true);
            Set<String> services = services(project);
            Duration t = timeout == null ? null : Duration.ofSeconds(timeout);
            return run(stack -> List.of(new Lifecycle(stack).stopPlan(name(project), project, services, t)));
        }
    }

    @Command(name = "restart", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Restart service containers", optionListHeading = "%nOptions:%n")
    static final class Restart extends Base {
        @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Specify a shutdown timeout in seconds")
        Integer timeout;

        @Option(names = "--no-deps", description = "Don't restart dependent services")
        boolean noDeps;

        Restart(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = projectOfEveryProfile(false);
            Set<String> services = Planner.restartTargets(project, services(project), noDeps);
            Duration t = timeout == null ? null : Duration.ofSeconds(timeout);
            PrintWriter err = spec.commandLine().getErr();
            try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
                StackContext stack = EngineCommands.stack(global, context, display);
                Lifecycle lifecycle = new Lifecycle(stack);
                Plan restart = lifecycle.restartPlan(project, services, t);
                if (restart != null) {
                    if (global.dryRun()) {
                        spec.commandLine().getOut().print(restart.render());
                        return ExitCodes.OK;
                    }
                    lifecycle.execute(restart);
                    return ExitCodes.OK;
                }
                // With a front: the start plan must see the stopped containers, so it is made after the stop has run.
                Plan stop = lifecycle.stopPlan(project.name(), project, services, t);
                if (global.dryRun()) {
                    spec.commandLine().getOut().print(stop.render());
                    return ExitCodes.OK;
                }
                lifecycle.execute(stop);
                lifecycle.execute(lifecycle.startPlan(project, services));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Removes stopped service containers", optionListHeading = "%nOptions:%n")
    static final class Rm extends Base {
        @Option(names = {"-f", "--force"}, description = "Don't ask to confirm removal")
        boolean force;

        @Option(names = {"-s", "--stop"}, description = "Stop the containers, if required, before removing")
        boolean stop;

        @Option(names = {"-v", "--volumes"}, description = "Remove any anonymous volumes attached to containers")
        boolean volumes;

        Rm(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = projectOfEveryProfile(true);
            Set<String> services = services(project);
            return run(stack -> {
                Plan plan = new Lifecycle(stack).removePlan(name(project), services, stop, volumes);
                List<String> names = plan.ops().stream().filter(op -> op instanceof Op.RemoveContainer)
                        .map(op -> ((Op.RemoveContainer) op).name()).toList();
                if (names.isEmpty()) {
                    spec.commandLine().getErr().println("No stopped containers");
                    spec.commandLine().getErr().flush();
                    return List.of();
                }
                String question = "Going to remove " + String.join(", ", names);
                PrintWriter out = spec.commandLine().getOut();
                if (force || global.dryRun()) {
                    out.println(question);
                    out.flush();
                } else if (!Confirmation.ask(question, context.io(), out)) {
                    return List.of();
                }
                return List.of(plan);
            });
        }
    }
}
