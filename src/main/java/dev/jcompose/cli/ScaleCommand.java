package dev.jcompose.cli;

import dev.jcompose.app.BuildArgs;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.Up;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.PlanOptions;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code jcompose scale SERVICE=N...}: runs that many containers of each service, starting what they need. */
@Command(name = "scale", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Scale services", optionListHeading = "%nOptions:%n")
public final class ScaleCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE=REPLICAS", arity = "1..*", description = "Services and their replica counts")
    List<String> specifiers;

    @Option(names = "--no-deps", description = "Don't start linked services")
    boolean noDeps;

    public ScaleCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Map<String, Integer> replicas = replicas();
        context = EngineCommands.connectingEarly(context);
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = EngineCommands.load(global, context);
        EngineCommands.printWarnings(loaded, err);
        Project project = BuildArgs.resolved(loaded.project(), loaded.environment());
        PlanOptions options = PlanOptions.defaults()
                .withServices(EngineCommands.services(project, List.copyOf(replicas.keySet())))
                .withNoDeps(noDeps).withScale(replicas);
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            Up up = new Up(stack);
            Plan plan = up.plan(project, options, false);
            if (global.dryRun()) {
                spec.commandLine().getOut().print(plan.isEmpty() ? "nothing to do: the project is up to date\n"
                        : plan.render());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            try (Interrupts.Registration r = Interrupts.onInterrupt(up::cancel)) {
                up.converge(project, options, false, plan);
            }
        }
        return ExitCodes.OK;
    }

    /** {@code web=3} → web: 3, as Docker Compose parses it. */
    private Map<String, Integer> replicas() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String s : specifiers) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new ParameterException(spec.commandLine(), "invalid scale specifier: " + s);
            }
            try {
                int n = Integer.parseInt(s.substring(eq + 1));
                if (n < 0) throw new NumberFormatException();
                out.put(s.substring(0, eq), n);
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(),
                        "invalid scale specifier: can't parse replica value as int: " + s);
            }
        }
        return out;
    }
}
