package dev.jcompose.cli;

import dev.jcompose.app.ServiceAttach;
import dev.jcompose.app.StackContext;
import dev.jcompose.progress.ProgressListener;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose attach SERVICE}: this process's stdin, stdout and stderr on a service's running container. */
@Command(name = "attach", synopsisHeading = "%nUsage:  ", customSynopsis = "jcompose attach [OPTIONS] SERVICE",
        descriptionHeading = "%n",
        description = "Attach local standard input, output, and error streams to a service's running container",
        optionListHeading = "%nOptions:%n")
final class AttachCommand extends ProjectCommand {

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service")
    String service;

    @Option(names = "--detach-keys", paramLabel = "STRING",
            description = "Override the key sequence for detaching from a container")
    String detachKeys;

    @Mixin
    ReplicaIndex replica;

    @Option(names = "--no-stdin", description = "Do not attach STDIN")
    boolean noStdin;

    @Option(names = "--sig-proxy", paramLabel = "BOOL", defaultValue = "true", arity = "0..1", fallbackValue = "true",
            description = "Proxy all received signals to the process (default true)")
    boolean sigProxy;

    AttachCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        String project = ProjectOrName.load(global, context, spec.commandLine().getErr()).requireService(service)
                .name();
        StackContext stack = StackContext.connect(context.engines(), ProgressListener.NONE, 0);
        ServiceAttach attach = new ServiceAttach(stack);
        ServiceAttach.Target target = attach.find(project, service, replica.index);
        ProcessIo io = context.io();
        boolean withStdin = !noStdin && target.openStdin();
        if (target.tty() && withStdin && io.canRunTty()) {
            return io.tty().attach(stack, target, detachKeys);
        }
        ContainerOutput output = new ContainerOutput(spec.commandLine().getOut(), spec.commandLine().getErr(), io);
        // Ctrl-C goes on to the container (a TTY container gets it from its terminal); without the proxy it ends us.
        try (Interrupts.Registration r = sigProxy && !target.tty()
                ? Interrupts.onInterrupt(() -> attach.signal(target, "SIGINT")) : () -> { }) {
            int code = attach.attach(target, withStdin ? io.in() : null, output, detachKeys);
            output.finish();
            return code;
        }
    }
}
