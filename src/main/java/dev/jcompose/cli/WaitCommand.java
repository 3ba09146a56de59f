package dev.jcompose.cli;

import dev.jcompose.app.Down;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.WaitForExit;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.model.Project;
import dev.jcompose.plan.DownOptions;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jcompose wait SERVICE...}: blocks until the services' containers stop; its exit code is the last one's.
 */
@Command(name = "wait", synopsisHeading = "%nUsage:  ", customSynopsis = "jcompose wait SERVICE [SERVICE...] [OPTIONS]",
        descriptionHeading = "%n", description = "Block until containers of all (or specified) services stop.",
        optionListHeading = "%nOptions:%n")
final class WaitCommand extends LifecycleCommands.Base {

    @Option(names = "--down-project", description = "Drops project when the first container stops")
    boolean downProject;

    WaitCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (serviceNames == null || serviceNames.isEmpty()) {
            throw new CommandFailedException("\"jcompose wait\" requires at least 1 argument: SERVICE [SERVICE...]");
        }
        Project project = project(true);
        var services = services(project);
        String name = name(project);
        PrintWriter out = spec.commandLine().getOut();
        StackContext stack = EngineCommands.quietStack(global, context, spec.commandLine().getErr());
        int code = new WaitForExit(stack).await(name, services, line -> {
            out.println(line);
            out.flush();
        });
        if (downProject) {
            try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr())) {
                Down down = new Down(EngineCommands.stack(global, context, display));
                down.execute(down.plan(name, project, new DownOptions(true, false, DownOptions.Rmi.NONE, null)));
            }
        }
        return code;
    }
}
