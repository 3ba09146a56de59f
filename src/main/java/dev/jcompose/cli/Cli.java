package dev.jcompose.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import dev.jcompose.app.EarlyConnector;
import dev.jcompose.cli.CalledVerb.Call;
import dev.jcompose.loader.ComposeVariables;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the {@code jcompose} command tree and runs one command line through it, returning the exit code. */
public final class Cli {

    private Cli() {
    }

    /** The subcommands in the order help lists them; each is made only when the command line needs it. */
    private static final List<Verb> VERBS = List.of(
            offline(ConfigCommand.class, ConfigCommand::new),
            verb(UpCommand.class, UpCommand::new),
            verb(DownCommand.class, DownCommand::new),
            verb(PsCommand.class, PsCommand::new),
            verb(LogsCommand.class, LogsCommand::new),
            verb(LifecycleCommands.Create.class, LifecycleCommands.Create::new),
            verb(LifecycleCommands.Start.class, LifecycleCommands.Start::new),
            verb(LifecycleCommands.Stop.class, LifecycleCommands.Stop::new),
            verb(LifecycleCommands.Restart.class, LifecycleCommands.Restart::new),
            verb(LifecycleCommands.Rm.class, LifecycleCommands.Rm::new),
            verb(ExecCommand.class, ExecCommand::new),
            verb(AttachCommand.class, AttachCommand::new),
            verb(RunCommand.class, RunCommand::new),
            verb(ContainerControlCommands.Kill.class, ContainerControlCommands.Kill::new),
            verb(ContainerControlCommands.Pause.class, ContainerControlCommands.Pause::new),
            verb(ContainerControlCommands.Unpause.class, ContainerControlCommands.Unpause::new),
            verb(TopCommand.class, TopCommand::new),
            verb(PortCommand.class, PortCommand::new),
            verb(WaitCommand.class, WaitCommand::new),
            verb(CpCommand.class, CpCommand::new),
            verb(CommitCommand.class, CommitCommand::new),
            verb(ExportCommand.class, ExportCommand::new),
            offline(GraphCommand.class, GraphCommand::new),
            verb(DoctorCommand.class, DoctorCommand::new),
            verb(WatchCommand.class, WatchCommand::new),
            verb(BuildCommand.class, BuildCommand::new),
            verb(PullCommand.class, PullCommand::new),
            verb(PushCommand.class, PushCommand::new),
            verb(ImagesCommand.class, ImagesCommand::new),
            verb(VolumesCommand.class, VolumesCommand::new),
            verb(EventsCommand.class, EventsCommand::new),
            verb(LsCommand.class, LsCommand::new),
            verb(ScaleCommand.class, ScaleCommand::new),
            verb(StatsCommand.class, StatsCommand::new),
            verb(RolloutCommand.class, RolloutCommand::new),
            verb(RollbackCommand.class, RollbackCommand::new),
            offline(VersionCommand.class, context -> new VersionCommand()));

    /** @param engine whether the verb talks to the engine (its connection can start before the command line is read) */
    private record Verb(Class<?> type, Function<CliContext, Object> make, boolean engine) {
        boolean isCalled(String word) {
            Command command = type.getAnnotation(Command.class);
            return command.name().equals(word) || Arrays.asList(command.aliases()).contains(word);
        }
    }

    private static Verb verb(Class<?> type, Function<CliContext, Object> make) {
        return new Verb(type, make, true);
    }

    private static Verb offline(Class<?> type, Function<CliContext, Object> make) {
        return new Verb(type, make, false);
    }

    /** The whole tree, with {@code help}: for help, completion and the shell. */
    public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
        CommandLine cmd = tree(VERBS, context);
        // Not in VERBS: picocli's classes are verified by loading what they use, and this one uses all of picocli.
        cmd.addSubcommand(new CommandLine.HelpCommand());
        return configured(cmd, out, err);
    }

    private static CommandLine tree(List<Verb> verbs, CliContext context) {
        // picocli's default factory otherwise looks for Groovy's Closure class on the whole class path, and the
        // failed lookup cost 20 ms of every command's start (async-profiler, `ps`).
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        CommandLine cmd = new CommandLine(new JcomposeCommand());
        for (Verb verb : verbs) cmd.addSubcommand(verb.make().apply(context));
        return cmd;
    }

    private static CommandLine configured(CommandLine cmd, PrintWriter out, PrintWriter err) {
        cmd.setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new FailureHandler());
        // Everything after SERVICE belongs to the container's command, as in Docker Compose.
        for (String name : List.of("exec", "run")) {
            CommandLine sub = cmd.getSubcommands().get(name);
            if (sub != null) sub.setStopAtPositional(true);
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
        var fast = VersionFastPath.answer(args).or(() -> DockerCliPlugin.metadata(args));
        if (fast.isPresent()) {
            out.println(fast.get());
            out.flush();
            return ExitCodes.OK;
        }
        // Building picocli's model of every verb costs most of the start-up (picocli's classes are compiled for
        // Java 5: no class-data sharing, slow verification), so a command line that names a verb gets only that one.
        Optional<CalledVerb.Call> call = CalledVerb.call(args);
        Optional<Verb> called = call.flatMap(c -> VERBS.stream().filter(v -> v.isCalled(c.verb())).findFirst());
        CommandLine cmd;
        EarlyConnector early = null;
        if (called.isPresent()) {
            Call c = call.get();
            context = context.withEnvironment(ComposeVariables.withEnvFiles(context.environment(),
                    context.workingDir(), c.files(), c.projectDirectory(), c.envFiles()));
            // The project's files are parsed while picocli builds its model.
            ProjectReadAhead.start(args, context.workingDir(), context.environment());
            if (called.get().engine()) {
                // Setting up the engine's client takes about as long as reading the command line and the project.
                early = EarlyConnector.start(context.engines());
                context = context.withEngines(early);
            }
            cmd = configured(tree(List.of(called.get()), context), out, err);
        } else {
            cmd = commandLine(context, out, err);
            extension.accept(cmd);
        }
        int code = cmd.execute(args);
        if (early != null) early.closeIfUnclaimed();
        out.flush();
        err.flush();
        return code;
    }
}
