package dev.jcompose.cli;

import dev.jcompose.app.PortLookup;
import dev.jcompose.app.StackContext;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose port SERVICE PRIVATE_PORT}: prints {@code host_ip:host_port} of the port's binding. */
@Command(name = "port", synopsisHeading = "%nUsage:  ",
        customSynopsis = "jcompose port [OPTIONS] SERVICE PRIVATE_PORT", descriptionHeading = "%n",
        description = "Print the public port for a port binding", optionListHeading = "%nOptions:%n")
final class PortCommand extends ProjectCommand {

    @Parameters(index = "0", paramLabel = "SERVICE", description = "The service")
    String service;

    @Parameters(index = "1", paramLabel = "PRIVATE_PORT", description = "The container port")
    String privatePort;

    @Option(names = "--protocol", paramLabel = "PROTOCOL", defaultValue = "tcp", description = "tcp or udp (default \"${DEFAULT-VALUE}\")")
    String protocol;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0",
            description = "Index of the container if service has multiple replicas")
    int index;

    PortCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        int port;
        try {
            port = Integer.parseInt(privatePort);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new CommandFailedException("invalid port \"" + privatePort + "\": expected a number from 1 to 65535");
        }
        context = EngineCommands.connectingEarly(context);
        ProjectOrName project = ProjectOrName.load(global, context, spec.commandLine().getErr()).requireService(service);
        StackContext stack = EngineCommands.quietStack(global, context, spec.commandLine().getErr());
        String binding = new PortLookup(stack).lookup(project.name(), service, port,
                protocol.toLowerCase(Locale.ROOT), index);
        spec.commandLine().getOut().println(binding);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
