package dev.jcompose.cli;

import dev.jcompose.app.PushImages;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.ImagePlanner;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose push}: pushes the images of the services that build one and name it with {@code image}. */
@Command(name = "push", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Push service images", optionListHeading = "%nOptions:%n")
public final class PushCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to push (default: all)")
    List<String> serviceNames;

    @Option(names = "--ignore-push-failures", description = "Push what it can and ignores images with push failures")
    boolean ignoreFailures;

    @Option(names = "--include-deps", description = "Also push images of services declared as dependencies")
    boolean includeDeps;

    @Option(names = {"-q", "--quiet"}, description = "Push without printing progress information")
    boolean quiet;

    public PushCommand(CliContext context) {
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
            PushImages pushes = new PushImages(stack);
            ImagePlanner.ImagePlan plan = pushes.plan(project, services, includeDeps);
            if (global.dryRun()) {
                spec.commandLine().getOut().print(plan.plan().render());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            List<String> failures;
            try (Interrupts.Registration r = Interrupts.onInterrupt(pushes::cancel)) {
                failures = pushes.execute(plan, ignoreFailures);
            }
            display.close();
            failures.forEach(err::println);
            err.flush();
        }
        return ExitCodes.OK;
    }
}
