package dev.jcompose.cli;

import dev.jcompose.app.ContainerSnapshots;
import dev.jcompose.app.StackContext;
import dev.jcompose.progress.ProgressListener;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose export SERVICE}: a service's running container's files as a tar stream. */
@Command(name = "export", synopsisHeading = "%nUsage:  ", customSynopsis = "jcompose export [OPTIONS] SERVICE",
        descriptionHeading = "%n", description = "Export a service container's filesystem as a tar archive",
        optionListHeading = "%nOptions:%n")
final class ExportCommand extends ProjectCommand {

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service")
    String service;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file, instead of STDOUT")
    String output;

    @Mixin
    ReplicaIndex replica;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (output == null && context.io().outIsTerminal()) {
            throw new CommandFailedException("cowardly refusing to save to a terminal",
                    "use the -o flag or redirect the output");
        }
        context = EngineCommands.connectingEarly(context);
        String project = ProjectOrName.load(global, context, spec.commandLine().getErr()).requireService(service)
                .name();
        ContainerSnapshots snapshots = new ContainerSnapshots(StackContext.connect(context.engines(),
                ProgressListener.NONE, 0));
        if (output == null) {
            snapshots.export(project, service, replica.index,
                    WriterOutputStream.bytesOf(context.io(), spec.commandLine().getOut()));
            return ExitCodes.OK;
        }
        Path file = context.workingDir().resolve(output);
        try (OutputStream out = Files.newOutputStream(create(file), StandardOpenOption.TRUNCATE_EXISTING)) {
            snapshots.export(project, service, replica.index, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return ExitCodes.OK;
    }

    /** The file, readable by its owner only (it holds a container's files), as {@code docker export -o} makes it. */
    private static Path create(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return file;
    }
}
