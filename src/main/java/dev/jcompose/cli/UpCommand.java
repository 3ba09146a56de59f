package dev.jcompose.cli;

import dev.jcompose.app.AttachPoint;
import dev.jcompose.app.Attached;
import dev.jcompose.app.BuildArgs;
import dev.jcompose.app.Endpoint;
import dev.jcompose.app.LogFilter;
import dev.jcompose.app.Lifecycle;
import dev.jcompose.app.Readiness;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.Up;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.cli.progress.WithoutBuildOutput;
import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.progress.ProgressEvent;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose up}: create and start the project's containers, changing only what differs. */
@Command(name = "up", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Create and start containers", optionListHeading = "%nOptions:%n")
public final class UpCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to start (and what they need)")
    List<String> serviceNames;

    @Option(names = {"-d", "--detach"}, description = "Detached mode: run containers in the background")
    boolean detach;

    @Option(names = "--quiet-pull", description = "Pull without printing progress information")
    boolean quietPull;

    @Option(names = "--quiet-build", description = "Suppress the build output")
    boolean quietBuild;

    @Option(names = "--always-recreate-deps", description = "Recreate dependent containers. Incompatible with --no-recreate")
    boolean alwaysRecreateDeps;

    @Option(names = "--no-deps", description = "Don't start linked services")
    boolean noDeps;

    @Option(names = "--scale", paramLabel = "SERVICE=NUM", description = "Scale SERVICE to NUM instances (repeatable)")
    Map<String, Integer> scale;

    @Option(names = "--wait", description = "Wait for services to be running|healthy. Implies detached mode")
    boolean await;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", description = "Maximum duration to wait for the project to be running|healthy")
    Integer waitTimeout;

    @Option(names = "--abort-on-container-exit", description = "Stops all containers if any container was stopped")
    boolean abortOnExit;

    @Option(names = "--abort-on-container-failure", description = "Stops all containers if any container exited with failure")
    boolean abortOnFailure;

    @Option(names = "--exit-code-from", paramLabel = "SERVICE", description = "Return the exit code of the selected service container")
    String exitCodeFrom;

    @Option(names = "--attach", paramLabel = "SERVICE", description = "Restrict attaching to the specified services (repeatable)")
    List<String> attachTo;

    @Option(names = "--no-attach", paramLabel = "SERVICE", description = "Do not attach (stream logs) to the specified services (repeatable)")
    List<String> noAttach;

    @Option(names = "--attach-dependencies", description = "Automatically attach to log output of dependent services")
    boolean attachDependencies;

    @Option(names = "--timestamps", description = "Show timestamps")
    boolean timestamps;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Timeout in seconds for container shutdown")
    Integer timeout;

    @Option(names = "--no-start", description = "Don't start the services after creating them")
    boolean noStart;

    @Option(names = "--no-log-prefix", description = "Don't print prefix in logs")
    boolean noLogPrefix;

    @Option(names = "--no-color", description = "Produce monochrome output")
    boolean noColor;

    @Option(names = {"-V", "--renew-anon-volumes"}, description = "Recreate anonymous volumes instead of retrieving data from the previous containers")
    boolean renewAnonVolumes;

    @Mixin
    ConvergeOptions converge;

    public UpCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        context = EngineCommands.connectingEarly(context);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (detach && (abortOnExit || abortOnFailure || exitCodeFrom != null || attachTo != null || attachDependencies)) {
            throw usage("--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, "
                    + "--exit-code-from, --attach or --attach-dependencies");
        }
        if (alwaysRecreateDeps && converge.noRecreate) {
            throw usage("--always-recreate-deps and --no-recreate are incompatible");
        }
        if (attachTo != null && attachDependencies) throw usage("cannot combine --attach and --attach-dependencies");
        if (abortOnFailure && (abortOnExit || exitCodeFrom != null)) {
            throw usage("--abort-on-container-failure cannot be combined with --abort-on-container-exit");
        }
        LoadResult loaded = EngineCommands.load(global, context);
        EngineCommands.printWarnings(loaded, err);
        Project project = BuildArgs.resolved(loaded.project(), loaded.environment());
        Set<String> services = EngineCommands.services(project, serviceNames);
        if (exitCodeFrom != null) EngineCommands.services(project, List.of(exitCodeFrom));
        if (scale != null) EngineCommands.services(project, List.copyOf(scale.keySet()));
        if (noAttach != null) EngineCommands.services(project, noAttach);
        if (attachTo != null) {
            List<String> inUp = DependencyGraph.of(project).closure(services.isEmpty() ? project.services().keySet() : services);
            for (String s : EngineCommands.services(project, attachTo)) {
                if (!inUp.contains(s)) throw usage("cannot attach to services not included in up: " + s);
            }
        }

        Plan plan;
        List<Endpoint> endpoints = List.of();
        AttachPoint attachPoint = null;
        // The live view redraws over the lines it drew last: nothing else is printed until it is closed.
        ProgressRenderers.Display display = EngineCommands.display(global, context, err);
        try (display) {
            StackContext stack = EngineCommands.stack(global, context,
                    quietBuild ? new WithoutBuildOutput(display) : display);
            Up up = new Up(stack);
            PlanOptions options = options(services);
            plan = up.plan(project, options, noStart);
            if (global.dryRun()) {
                out.print(plan.isEmpty() ? "nothing to do: the project is up to date\n" : plan.render());
                out.flush();
                return ExitCodes.OK;
            }
            if (!detach && !await && !noStart) attachPoint = AttachPoint.take(stack.engine(), project.name());
            try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(up::cancel)) {
                up.converge(project, options, noStart, plan);
            }
            if (await) {
                Readiness readiness = new Readiness(stack);
                try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(readiness::cancel)) {
                    endpoints = readiness.await(project, services, noDeps,
                            waitTimeout == null ? null : Duration.ofSeconds(waitTimeout));
                }
            }
        }
        if (plan.isEmpty() && (detach || await)) {
            display.conclude(ProgressEvent.done("Project " + project.name(), "Up to date", Duration.ZERO),
                    "nothing to do: the project is up to date");
        }
        printEndpoints(endpoints, out);
        if (detach || await || noStart) return ExitCodes.OK;
        return attach(project, services, attachPoint, out, err);
    }

    private int attach(Project project, Set<String> services, AttachPoint from, PrintWriter out, PrintWriter err)
            throws Exception {
        LogPrinter printer = new LogPrinter(out, project.name(), !noLogPrefix,
                !noColor && EngineCommands.colour(global, context));
        Attached.Outcome outcome;
        try (ProgressRenderers.Display display = EngineCommands.displayAmongLogs(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            Attached attached = new Attached(stack, from, printer, shown(project));
            // What the run follows is what an early end stops, so the run can see every exit it waits for.
            Set<String> followed = attached(project, services);
            Attached.Abort abort = abortOnExit || exitCodeFrom != null ? Attached.Abort.ON_EXIT
                    : abortOnFailure ? Attached.Abort.ON_FAILURE : Attached.Abort.NEVER;
            Lifecycle lifecycle = new Lifecycle(stack);
            Attached.EarlyEnd stopAll = why -> {
                err.println(why.cancelled() ? "Gracefully stopping... (press Ctrl+C again to force)"
                        : why.essentialExited() != null
                        ? "Essential container " + why.essentialExited() + " exited: stopping the project..."
                        : "Aborting on container exit...");
                err.flush();
                Duration t = timeout == null ? null : Duration.ofSeconds(timeout);
                try (Interrupts.Registration force = Interrupts.onInterrupt(() -> lifecycle.kill(project.name(), followed))) {
                    lifecycle.execute(lifecycle.stopPlan(project.name(), project, followed, t));
                }
            };
            try (Interrupts.Registration r = Interrupts.onInterrupt(attached::cancel)) {
                outcome = attached.run(project.name(), followed, abort, printer,
                        new LogFilter(true, null, null, null, timestamps), stopAll);
            }
        }
        return exitCode(outcome);
    }

    /**
     * The services followed: the named ones (all when none), their dependencies with {@code --attach-dependencies},
     * and those of {@code --attach}.
     */
    private Set<String> attached(Project project, Set<String> services) {
        if (services.isEmpty()) return services;
        Set<String> followed = new LinkedHashSet<>(attachDependencies
                ? DependencyGraph.of(project).closure(services) : services);
        if (attachTo != null) followed.addAll(attachTo);
        return followed;
    }

    /** Whose output is shown: {@code --attach}'s services (else all) but {@code --no-attach}'s; null for all. */
    private Set<String> shown(Project project) {
        if (attachTo == null && noAttach == null) return null;
        Set<String> shown = new HashSet<>(attachTo != null ? attachTo : project.services().keySet());
        if (noAttach != null) noAttach.forEach(shown::remove);
        return shown;
    }

    /**
     * Docker Compose's: the code of {@code --exit-code-from}'s service, else with {@code --abort-on-container-exit} the
     * code of the container that exited first, with {@code --abort-on-container-failure} of the first that failed. An essential Dockerrun container that stopped the project fails the
     * up (as Elastic Beanstalk fails the deployment): its code, or 1 when that was 0.
     */
    private int exitCode(Attached.Outcome outcome) {
        if (outcome.cancelled()) return ExitCodes.INTERRUPTED;
        if (exitCodeFrom != null) return outcome.exitCodeOf(exitCodeFrom).orElse(ExitCodes.RUNTIME_FAILURE);
        if (outcome.abortedBy() != null) return outcome.exitCodes().get(outcome.abortedBy());
        if (outcome.essentialExited() != null) {
            int code = outcome.exitCodes().get(outcome.essentialExited());
            return code != 0 ? code : ExitCodes.RUNTIME_FAILURE;
        }
        return ExitCodes.OK;
    }

    /** One line per reachable port: the service, then a URL or host:port, in columns. */
    static void printEndpoints(List<Endpoint> endpoints, PrintWriter out) {
        int width = endpoints.stream().mapToInt(e -> e.service().length()).max().orElse(0);
        for (Endpoint e : endpoints) {
            out.println(e.service() + " ".repeat(width - e.service().length() + 3) + e.address());
        }
        out.flush();
    }

    private PlanOptions options(Set<String> services) {
        PlanOptions o = converge.applyTo(PlanOptions.defaults().withServices(services).withNoDeps(noDeps)
                .withNoStart(noStart).withRenewAnonVolumes(renewAnonVolumes).withRecreateDeps(alwaysRecreateDeps)
                .withFrontImage(EngineCommands.frontImage(context)))
                .withRemoveOrphans(OrphanSwitches.removeOnUp(converge.removeOrphans, context))
                .withIgnoreOrphans(OrphanSwitches.ignore(context));
        if (scale != null) o = o.withScale(new HashMap<>(scale));
        if (timeout != null) o = o.withStopTimeout(Duration.ofSeconds(timeout));
        return o;
    }

    private static CommandFailedException usage(String message) {
        return new CommandFailedException(message);
    }
}
