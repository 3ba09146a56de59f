package dev.jcompose.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Builds the {@code jcompose} command tree and runs one command line through it, returning the exit code. */
public final class Cli {

    private Cli() {
    }

    public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new JcomposeCommand())
                .addSubcommand(new ConfigCommand(context))
                .addSubcommand(new UpCommand(context))
                .addSubcommand(new DownCommand(context))
                .addSubcommand(new PsCommand(context))
                .addSubcommand(new LogsCommand(context))
                .addSubcommand(new LifecycleCommands.Create(context))
                .addSubcommand(new LifecycleCommands.Start(context))
                .addSubcommand(new LifecycleCommands.Stop(context))
                .addSubcommand(new LifecycleCommands.Restart(context))
                .addSubcommand(new LifecycleCommands.Rm(context))
                .addSubcommand(new ExecCommand(context))
                .addSubcommand(new RunCommand(context))
                .addSubcommand(new ContainerControlCommands.Kill(context))
                .addSubcommand(new ContainerControlCommands.Pause(context))
                .addSubcommand(new ContainerControlCommands.Unpause(context))
                .addSubcommand(new TopCommand(context))
                .addSubcommand(new PortCommand(context))
                .addSubcommand(new WaitCommand(context))
                .addSubcommand(new CpCommand(context))
                .addSubcommand(new GraphCommand(context))
                .addSubcommand(new DoctorCommand(context))
                .addSubcommand(new WatchCommand(context))
                .addSubcommand(new BuildCommand(context))
                .addSubcommand(new PullCommand(context))
                .addSubcommand(new PushCommand(context))
                .addSubcommand(new ImagesCommand(context))
                .addSubcommand(new EventsCommand(context))
                .addSubcommand(new LsCommand(context))
                .addSubcommand(new ScaleCommand(context))
                .addSubcommand(new StatsCommand(context))
                .addSubcommand(new RolloutCommand(context))
                .addSubcommand(new RollbackCommand(context))
                .addSubcommand(new VersionCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new FailureHandler());
        // Everything after SERVICE belongs to the container's command, as in Docker Compose.
        for (String name : java.util.List.of("exec", "run")) {
            cmd.getSubcommands().get(name).setStopAtPositional(true);
        }
        return cmd;
    }

    public static int run(String[] args, CliContext context, PrintWriter out, PrintWriter err) {
        return run(args, context, out, err, cmd -> { });
    }

    /**
     * Runs with commands that live outside this package added to the tree ({@code shell}, whose JLine code
     * {@code cli} must not reach): {@code extension} gets the tree before the command line is parsed.
     */
    public static int run(String[] args, CliContext context, PrintWriter out, PrintWriter err,
                          Consumer<CommandLine> extension) {
        var fast = VersionFastPath.answer(args);
        if (fast.isPresent()) {
            out.println(fast.get());
            out.flush();
            return ExitCodes.OK;
        }
        CommandLine cmd = commandLine(context, out, err);
        extension.accept(cmd);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
