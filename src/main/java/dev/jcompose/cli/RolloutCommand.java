package dev.jcompose.cli;

import dev.jcompose.app.Rollouts;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jcompose rollout [SERVICE...]}: replaces the replicas of services behind a front batch by batch, without a
 * failed request; {@code --status} shows what each front serves.
 */
@Command(name = "rollout", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Redeploy services behind their front proxy without downtime", optionListHeading = "%nOptions:%n")
public final class RolloutCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to roll out (default: all behind a front)")
    List<String> serviceNames;

    @Option(names = "--status", description = "Show each front, the generation it serves and its replicas")
    boolean status;

    @Option(names = "--force", description = "Replace every replica, also those that match the files")
    boolean force;

    public RolloutCommand(CliContext context) {
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
        Set<String> services = EngineCommands.services(project, serviceNames);
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            Rollouts rollouts = new Rollouts(stack);
            if (status) {
                RolloutStatusPrinter.print(rollouts.status(project, services), out);
                out.flush();
                return ExitCodes.OK;
            }
            Plan plan = rollouts.plan(project, services, force, EngineCommands.frontImage(context));
            if (global.dryRun()) {
                out.print(plan.isEmpty() ? "nothing to roll out: up to date\n" : render(plan));
                out.flush();
                return ExitCodes.OK;
            }
            if (plan.isEmpty()) {
                err.println("nothing to roll out: up to date");
                return ExitCodes.OK;
            }
            try (Interrupts.Registration onCtrlC = Interrupts.onInterrupt(rollouts::cancel)) {
                rollouts.execute(plan);
            }
        }
        return ExitCodes.OK;
    }

    /** The plan with each rollout's batches spelled out. */
    static String render(Plan plan) {
        StringBuilder b = new StringBuilder();
        for (String line : plan.render().lines().toList()) {
            b.append(line).append('\n');
        }
        for (Op op : plan.ops()) {
            if (op instanceof Op.Rollout r) b.append(op.resource()).append(":\n").append(r.plan().render());
        }
        return b.toString();
    }
}
