package dev.jcompose.cli;

import dev.jcompose.app.Down;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;
import dev.jcompose.plan.DownOptions;
import dev.jcompose.plan.Plan;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcompose down}: stop and remove the project's containers and networks; volumes only with -v. */
@Command(name = "down", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Stop and remove containers, networks", optionListHeading = "%nOptions:%n")
public final class DownCommand extends ProjectCommand {

    @Option(names = {"-v", "--volumes"}, description = "Remove named volumes declared in the \"volumes\" section and anonymous volumes attached to containers")
    boolean volumes;

    @Option(names = "--rmi", paramLabel = "TYPE", description = "Remove images used by services: \"local\" (those without a custom tag) or \"all\"")
    DownOptions.Rmi rmi;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
    Boolean removeOrphans;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Shutdown timeout in seconds")
    Integer timeout;

    public DownCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        PrintWriter err = spec.commandLine().getErr();
        Project project = null;
        String name;
        try {
            LoadResult loaded = EngineCommands.load(global, context);
            EngineCommands.printWarnings(loaded, err);
            project = loaded.project();
            name = project.name();
        } catch (InvalidProjectException e) {
            if (!ProjectLoader.isNoFilesFound(e)) throw e;
            // The files are gone: what to remove is known from the engine's labels alone.
            name = EngineCommands.projectNameWithoutFiles(global, context);
        }
        DownOptions options = new DownOptions(OrphanSwitches.remove(removeOrphans, context), volumes, rmi == null ? DownOptions.Rmi.NONE : rmi,
                timeout == null ? null : Duration.ofSeconds(timeout));
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            Down down = new Down(stack);
            Plan plan = down.plan(name, project, options);
            if (global.dryRun()) {
                spec.commandLine().getOut().print(plan.isEmpty() ? "nothing to do\n" : plan.render());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            down.execute(plan);
        }
        return ExitCodes.OK;
    }
}
