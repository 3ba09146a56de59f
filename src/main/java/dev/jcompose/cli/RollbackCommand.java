package dev.jcompose.cli;

import dev.jcompose.app.Rollouts;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jcompose rollback SERVICE}: the replicas the last rollout replaced serve again, without downtime. */
@Command(name = "rollback", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Return a service behind a front to its previous generation", optionListHeading = "%nOptions:%n")
public final class RollbackCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "1", description = "The service to roll back")
    String serviceName;

    public RollbackCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = EngineCommands.load(global, context);
        EngineCommands.printWarnings(loaded, err);
        Project project = loaded.project();
        EngineCommands.services(project, List.of(serviceName));
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            Rollouts rollouts = new Rollouts(stack);
            Plan plan = rollouts.rollbackPlan(project, serviceName, EngineCommands.frontImage(context));
            if (global.dryRun()) {
                out.print(RolloutCommand.render(plan));
                out.flush();
                return ExitCodes.OK;
            }
            try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(rollouts::cancel)) {
                rollouts.execute(plan);
            }
        }
        return ExitCodes.OK;
    }
}
