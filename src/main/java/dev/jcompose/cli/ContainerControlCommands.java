package dev.jcompose.cli;

import dev.jcompose.app.ContainerControl;
import dev.jcompose.model.Project;
import dev.jcompose.plan.Plan;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kill}, {@code pause} and {@code unpause}. They work from the engine's labels when the files are gone. */
final class ContainerControlCommands {

    private ContainerControlCommands() {
    }

    @Command(name = "kill", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Force stop service containers", optionListHeading = "%nOptions:%n")
    static final class Kill extends LifecycleCommands.Base {
        @Option(names = {"-s", "--signal"}, paramLabel = "SIGNAL", defaultValue = "SIGKILL",
                description = "SIGNAL to send to the container (default \"${DEFAULT-VALUE}\")")
        String signal;

        @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
        Boolean removeOrphans;

        Kill(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = projectOfEveryProfile(true);
            Set<String> services = services(project);
            boolean orphans = OrphanSwitches.remove(removeOrphans, context);
            PrintWriter err = spec.commandLine().getErr();
            return run(stack -> {
                Plan plan = new ContainerControl(stack).killPlan(name(project), project, services, signal, orphans);
                if (plan.isEmpty()) {
                    err.println("no container to kill");
                    err.flush();
                }
                return List.of(plan);
            });
        }
    }

    @Command(name = "pause", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Pause services", optionListHeading = "%nOptions:%n")
    static final class Pause extends LifecycleCommands.Base {
        Pause(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = projectOfEveryProfile(true);
            Set<String> services = services(project);
            return run(stack -> List.of(new ContainerControl(stack).pausePlan(name(project), services)));
        }
    }

    @Command(name = "unpause", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
            description = "Unpause services", optionListHeading = "%nOptions:%n")
    static final class Unpause extends LifecycleCommands.Base {
        Unpause(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Project project = projectOfEveryProfile(true);
            Set<String> services = services(project);
            return run(stack -> List.of(new ContainerControl(stack).unpausePlan(name(project), services)));
        }
    }
}
