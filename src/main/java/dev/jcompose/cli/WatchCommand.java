package dev.jcompose.cli;

import dev.jcompose.app.StackContext;
import dev.jcompose.app.Up;
import dev.jcompose.app.watch.Watch;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.PlanOptions;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jcompose watch}: starts the services (as {@code up -d} would, unless {@code --no-up}), then follows the
 * files their {@code develop.watch} rules name and brings each change into the running containers, until Ctrl-C.
 */
@Command(name = "watch", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Watch the build context and sync, restart or rebuild services when files change",
        optionListHeading = "%nOptions:%n")
public final class WatchCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to watch (default: all with develop.watch)")
    List<String> serviceNames;

    @Option(names = "--no-up", description = "Do not build and start the services before watching")
    boolean noUp;

    public WatchCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        context = EngineCommands.connectingEarly(context);
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = EngineCommands.load(global, context);
        EngineCommands.printWarnings(loaded, err);
        Project project = loaded.project();
        Set<String> services = EngineCommands.services(project, serviceNames);
        var rules = Watch.rules(project, services);

        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            if (!noUp) {
                Up up = new Up(stack);
                try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(up::cancel)) {
                    up.execute(up.plan(project, PlanOptions.defaults().withServices(services), false));
                }
            }
            Watch watch = new Watch(stack, line -> {
                err.println(line);
                err.flush();
            });
            err.println("Watch enabled; Ctrl-C to stop");
            err.flush();
            try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(watch::stop)) {
                watch.run(project, rules);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ExitCodes.INTERRUPTED;
    }
}
