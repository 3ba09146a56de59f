package dev.jcompose.cli;

import dev.jcompose.app.Attached;
import dev.jcompose.app.BuildArgs;
import dev.jcompose.app.Endpoint;
import dev.jcompose.app.LogFilter;
import dev.jcompose.app.Lifecycle;
import dev.jcompose.app.Readiness;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.Up;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
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

    @Option(names = "--exit-code-from", paramLabel = "SERVICE", description = "Return the exit code of the selected service container")
    String exitCodeFrom;

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
        if (detach && (abortOnExit || exitCodeFrom != null)) {
            throw usage("--abort-on-container-exit and --exit-code-from cannot be used with --detach");
        }
        LoadResult loaded = EngineCommands.load(global, context);
        EngineCommands.printWarnings(loaded, err);
        Project project = BuildArgs.resolved(loaded.project(), loaded.environment());
        Set<String> services = EngineCommands.services(project, serviceNames);
        if (exitCodeFrom != null) EngineCommands.services(project, List.of(exitCodeFrom));
        if (scale != null) EngineCommands.services(project, List.copyOf(scale.keySet()));

        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            Up up = new Up(stack);
            PlanOptions options = options(services);
            Plan plan = up.plan(project, options, noStart);
            if (global.dryRun()) {
                out.print(plan.isEmpty() ? "nothing to do: the project is up to date\n" : plan.render());
                out.flush();
                return ExitCodes.OK;
            }
            try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(up::cancel)) {
                up.converge(project, options, noStart, plan);
            }
            if (plan.isEmpty() && (detach || await)) err.println("nothing to do: the project is up to date");
            if (await) {
                Readiness readiness = new Readiness(stack);
                List<Endpoint> endpoints;
                try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(readiness::cancel)) {
                    endpoints = readiness.await(project, services, noDeps,
                            waitTimeout == null ? null : Duration.ofSeconds(waitTimeout));
                }
                printEndpoints(endpoints, out);
            }
            if (detach || await || noStart) return ExitCodes.OK;
        }
        return attach(project, services, out, err);
    }

    private int attach(Project project, Set<String> services, PrintWriter out, PrintWriter err) throws Exception {
        LogPrinter printer = new LogPrinter(out, project.name(), !noLogPrefix,
                !noColor && EngineCommands.colour(global, context));
        Attached.Outcome outcome;
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            Attached attached = new Attached(stack);
            boolean abort = abortOnExit || exitCodeFrom != null;
            Lifecycle lifecycle = new Lifecycle(stack);
            Attached.EarlyEnd stopAll = why -> {
                err.println(why.cancelled() ? "Gracefully stopping... (press Ctrl+C again to force)"
                        : why.essentialExited() != null
                        ? "Essential container " + why.essentialExited() + " exited: stopping the project..."
                        : "Aborting on container exit...");
                err.flush();
                Duration t = timeout == null ? null : Duration.ofSeconds(timeout);
                try (Interrupts.Registration force = Interrupts.onInterrupt(() -> lifecycle.kill(project.name(), services))) {
                    lifecycle.execute(lifecycle.stopPlan(project.name(), project, services, t));
                }
            };
            try (Interrupts.Registration r = Interrupts.onInterrupt(attached::cancel)) {
                outcome = attached.run(project.name(), services, abort, printer, LogFilter.FOLLOW, stopAll);
            }
        }
        if (outcome.cancelled()) return ExitCodes.INTERRUPTED;
        if (exitCodeFrom != null) return outcome.exitCodeOf(exitCodeFrom).orElse(ExitCodes.RUNTIME_FAILURE);
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
                .withNoStart(noStart).withRenewAnonVolumes(renewAnonVolumes)
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
