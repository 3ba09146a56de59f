package dev.jcompose.cli;

import dev.jcompose.app.BuildImages;
import dev.jcompose.app.PushImages;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose build}: builds the services' images, in parallel, with each build's output on the progress stream. */
@Command(name = "build", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Build or rebuild services", optionListHeading = "%nOptions:%n")
public final class BuildCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to build (default: all)")
    List<String> serviceNames;

    @Option(names = {"-q", "--quiet"}, description = "Don't print anything to STDOUT")
    boolean quiet;

    @Option(names = "--pull", description = "Always attempt to pull a newer version of the image")
    boolean pull;

    @Option(names = "--push", description = "Push service images")
    boolean push;

    @Option(names = "--no-cache", description = "Do not use cache when building the image")
    boolean noCache;

    @Option(names = "--build-arg", paramLabel = "KEY[=VALUE]",
            description = "Set build-time variables for services (repeatable; KEY alone takes it from the environment)")
    List<String> buildArgs;

    @Option(names = "--with-dependencies", description = "Also build dependencies (transitively)")
    boolean withDependencies;

    @Option(names = {"--parallel", "--compress", "--force-rm", "--no-rm"}, arity = "0..1", hidden = true,
            description = "Deprecated and ignored, as in Docker Compose")
    List<Boolean> deprecated;

    public BuildCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = EngineCommands.load(global, context);
        EngineCommands.printWarnings(loaded, err);
        Project project = loaded.project();
        Set<String> services = EngineCommands.services(project, serviceNames);
        try (ProgressRenderers.Display display = quiet
                ? ProgressRenderers.create(ProgressRenderers.Style.QUIET, false, err)
                : EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            BuildImages build = new BuildImages(stack);
            Plan plan = build.plan(project, loaded.environment(), services, withDependencies, noCache, pull,
                    args(buildArgs));
            if (global.dryRun()) {
                spec.commandLine().getOut().print(plan.render());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            try (Interrupts.Registration r = Interrupts.onInterrupt(build::cancel)) {
                build.execute(plan);
            }
            if (push) {
                PushImages pushes = new PushImages(stack);
                pushes.execute(pushes.plan(project, services, withDependencies), false);
            }
        }
        return ExitCodes.OK;
    }

    /** {@code KEY=VALUE} → value; {@code KEY} → null, for the project's environment to fill in. */
    static Map<String, String> args(List<String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        if (given == null) return out;
        for (String a : given) {
            int eq = a.indexOf('=');
            if (eq < 0) out.put(a, null);
            else out.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return out;
    }
}
