package dev.jcompose.cli;

import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * What {@code build}, {@code pull} and {@code push} start from: the loaded project, the services they work on (all
 * when none are named), a progress display (quiet on request) and the engine. Closing it closes the display.
 */
record ImageWork(LoadResult loaded, Set<String> services, ProgressRenderers.Display display, StackContext stack)
        implements AutoCloseable {

    static ImageWork open(JcomposeCommand global, CliContext context, PrintWriter err, List<String> serviceNames,
                          boolean quiet) {
        CliContext connecting = EngineCommands.connectingEarly(context);
        LoadResult loaded = EngineCommands.load(global, connecting);
        EngineCommands.printWarnings(loaded, err);
        Set<String> services = EngineCommands.services(loaded.project(), serviceNames);
        ProgressRenderers.Display display = quiet
                ? ProgressRenderers.create(ProgressRenderers.Style.QUIET, false, err)
                : EngineCommands.display(global, connecting, err);
        return new ImageWork(loaded, services, display, EngineCommands.stack(global, connecting, display));
    }

    Project project() {
        return loaded.project();
    }

    /** With {@code --dry-run}: prints the plan and says so, for the verb to stop there. */
    static boolean printedDryRun(JcomposeCommand global, PrintWriter out, Plan plan) {
        if (!global.dryRun()) return false;
        out.print(plan.render());
        out.flush();
        return true;
    }

    @Override
    public void close() {
        display.close();
    }
}
