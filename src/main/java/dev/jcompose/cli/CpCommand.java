package dev.jcompose.cli;

import dev.jcompose.app.StackContext;
import dev.jcompose.app.copy.ContainerCopy;
import dev.jcompose.cli.progress.ProgressRenderers;

import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose cp}: files between a service container and this machine, both ways. */
@Command(name = "cp", synopsisHeading = "%nUsage:  ",
        customSynopsis = {"jcompose cp [OPTIONS] SERVICE:SRC_PATH DEST_PATH|-",
                "       jcompose cp [OPTIONS] SRC_PATH|- SERVICE:DEST_PATH"},
        descriptionHeading = "%n", description = "Copy files/folders between a service container and the local filesystem",
        optionListHeading = "%nOptions:%n")
final class CpCommand extends ProjectCommand {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "SERVICE:SRC_PATH, or a local path (- = a tar stream on stdin)")
    String source;

    @Parameters(index = "1", paramLabel = "DESTINATION", description = "SERVICE:DEST_PATH, or a local path (- = a tar stream on stdout)")
    String destination;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0",
            description = "Index of the container if service has multiple replicas")
    int index;

    @Option(names = "--all", description = "Include containers created by the run command")
    boolean all;

    @Option(names = {"-L", "--follow-link"}, description = "Always follow symbol link in SRC_PATH")
    boolean followLink;

    @Option(names = {"-a", "--archive"}, description = "Archive mode (copy all uid/gid information)")
    boolean archive;

    CpCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = ProjectOrName.load(global, context, err).name();
        ProcessIo io = context.io();
        OutputStream stdout = WriterOutputStream.bytesOf(io, out);
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            new ContainerCopy(stack, context.workingDir(), io.in(), stdout).copy(name,
                    new ContainerCopy.Request(source, destination, index, all, followLink, archive));
        }
        return ExitCodes.OK;
    }
}
