package dev.jcompose.cli;

import dev.jcompose.app.ContainerSnapshots;
import dev.jcompose.cli.progress.ProgressRenderers;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose commit SERVICE [REPOSITORY[:TAG]]}: an image of a service's running container. */
@Command(name = "commit", synopsisHeading = "%nUsage:  ",
        customSynopsis = "jcompose commit [OPTIONS] SERVICE [REPOSITORY[:TAG]]", descriptionHeading = "%n",
        description = "Create a new image from a service container's changes", optionListHeading = "%nOptions:%n")
final class CommitCommand extends ProjectCommand {

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service")
    String service;

    @Parameters(index = "1", arity = "0..1", paramLabel = "REPOSITORY[:TAG]", description = "The new image's name")
    String reference;

    @Option(names = {"-a", "--author"}, paramLabel = "STRING",
            description = "Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")")
    String author;

    @Option(names = {"-c", "--change"}, paramLabel = "LIST",
            description = "Apply Dockerfile instruction to the created image")
    List<String> changes;

    @Option(names = {"-m", "--message"}, paramLabel = "STRING", description = "Commit message")
    String message;

    @Option(names = {"-p", "--pause"}, paramLabel = "BOOL", defaultValue = "true", arity = "0..1",
            fallbackValue = "true", description = "Pause container during commit (default true)")
    boolean pause;

    @Mixin
    ReplicaIndex replica;

    CommitCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        PrintWriter err = spec.commandLine().getErr();
        String project = ProjectOrName.load(global, context, err).requireService(service).name();
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, err)) {
            new ContainerSnapshots(EngineCommands.stack(global, context, display))
                    .commit(project, new ContainerSnapshots.Commit(service, replica.index, reference, author, message,
                            changes, pause));
        }
        return ExitCodes.OK;
    }
}
