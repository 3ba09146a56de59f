package dev.jcompose.cli;

import dev.jcompose.app.Exec;
import dev.jcompose.app.StackContext;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jcompose exec SERVICE COMMAND [ARGS...]}: runs a command in a running container of the service. Its exit
 * code is jcompose's; stdin is passed in to its end; stdout and stderr stay apart.
 */
@Command(name = "exec", synopsisHeading = "%nUsage:  ", customSynopsis = "jcompose exec [OPTIONS] SERVICE COMMAND [ARGS...]",
        descriptionHeading = "%n", description = "Execute a command in a running container",
        optionListHeading = "%nOptions:%n")
public final class ExecCommand extends ProjectCommand {

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service")
    String service;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments")
    List<String> command;

    @Option(names = {"-d", "--detach"}, description = "Detached mode: Run command in the background")
    boolean detach;

    @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VALUE]", description = "Set environment variables (repeatable)")
    List<String> env;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0",
            description = "Index of the container if service has multiple replicas")
    int index;

    @Option(names = "--privileged", description = "Give extended privileges to the process")
    boolean privileged;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Run the command as this user")
    String user;

    @Option(names = {"-T", "--no-TTY", "--no-tty"},
            description = "Disable pseudo-TTY allocation. By default 'jcompose exec' allocates a TTY on a terminal")
    boolean noTty;

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Path to workdir directory for this command")
    String workdir;

    @Option(names = {"-i", "--interactive"}, hidden = true, arity = "0..1", defaultValue = "true",
            description = "Keep STDIN open even if not attached")
    boolean interactive;

    @Option(names = {"-t", "--tty"}, hidden = true, arity = "0..1", defaultValue = "true",
            description = "Allocate a pseudo-TTY")
    boolean ttyFlag;

    public ExecCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String projectName = ProjectOrName.load(global, context, err).requireService(service).name();
        ProcessIo io = context.io();
        boolean tty = !noTty && ttyFlag && !detach && io.canRunTty();
        Exec.Request request = new Exec.Request(service, index, command,
                EnvironmentArgs.resolve(env, context.environment()), user, workdir, privileged, detach, tty);
        StackContext stack = EngineCommands.quietStack(global, context, err);
        Exec exec = new Exec(stack);
        Exec.Prepared prepared = exec.prepare(projectName, request);
        if (detach) {
            exec.startDetached(prepared);
            return ExitCodes.OK;
        }
        if (tty) {
            return io.tty().exec(stack, prepared.execId());
        }
        ContainerOutput output = new ContainerOutput(out, err, io);
        int code = exec.run(prepared, interactive ? io.in() : null, output);
        output.finish();
        return code;
    }
}
