package dev.jcompose.cli.shell;

import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.CommandFailedException;
import dev.jcompose.cli.HelpOption;
import dev.jcompose.cli.JcomposeCommand;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose shell}: an interactive shell for the project. Holds no JLine type, so that picocli's look at
 * this class while building the command tree for any other verb loads none of JLine's classes.
 */
@Command(name = "shell", synopsisHeading = "%nUsage:  ", descriptionHeading = "%n",
        description = "Interactive shell for the project: every command, history, tab completion",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%n",
        footer = {"Global options given before 'shell' apply to every command run in it.",
                "In the shell: 'help' lists the commands, Tab completes, Ctrl-C cancels the running command,",
                "'exit' or Ctrl-D leaves."})
public final class ShellCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    JcomposeCommand global;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    public ShellCommand(CliContext context) {
        this.context = context;
    }

    /** Adds {@code shell} to a command tree; Main's hook for {@link dev.jcompose.cli.Cli#run}. */
    public static void addTo(CommandLine tree, CliContext context) {
        tree.addSubcommand(new ShellCommand(context));
    }

    @Override
    public Integer call() throws Exception {
        if (global.files() != null && global.files().contains("-")) {
            throw new CommandFailedException("the shell reads its commands from standard input; -f - cannot be used",
                    "name the compose file");
        }
        List<String> globals = GlobalArguments.of(spec.commandLine().getParent().getParseResult());
        return new ProjectShell(context, global, globals, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run();
    }
}
