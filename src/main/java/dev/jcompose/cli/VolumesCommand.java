package dev.jcompose.cli;

import dev.jcompose.app.StackContext;
import dev.jcompose.app.VolumeListing;
import dev.jcompose.progress.ProgressListener;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose volumes [SERVICE...]}: the project's volumes, as {@code docker volume ls} shows them. */
@Command(name = "volumes", synopsisHeading = "%nUsage:  ",
        customSynopsis = "jcompose volumes [OPTIONS] [SERVICE...]", descriptionHeading = "%n",
        description = "List volumes", optionListHeading = "%nOptions:%n")
final class VolumesCommand extends ProjectCommand {
    private static final TemplateRows ROWS = new TemplateRows("table {{.Driver}}\\t{{.Name}}",
            Map.of("Availability", "AVAILABILITY", "Driver", "DRIVER", "Group", "GROUP", "Labels", "LABELS",
                    "Links", "LINKS", "Mountpoint", "MOUNTPOINT", "Name", "VOLUME NAME", "Scope", "SCOPE",
                    "Size", "SIZE", "Status", "STATUS"));

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Only the volumes these services mount")
    List<String> services;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (default), table TEMPLATE, json, or a TEMPLATE such as {{.Name}}")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "Only display volume names")
    boolean quiet;

    VolumesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        ProjectNameLookup target = ProjectNameLookup.of(global, context);
        Set<String> keys = null;
        if (services != null && !services.isEmpty()) {
            if (target.project() == null) {
                throw new CommandFailedException("no compose file to read the volumes of " + services + " from");
            }
            keys = VolumeListing.mountedBy(target.project(), target.services(services));
        }
        StackContext stack = StackContext.connect(context.engines(), ProgressListener.NONE, 0);
        List<VolumeListing.Volume> volumes = new VolumeListing(stack).list(target.name(), keys);
        PrintWriter out = spec.commandLine().getOut();
        if (quiet) {
            volumes.forEach(v -> out.println(v.name()));
        } else {
            ROWS.print(format, volumes.stream().map(VolumesCommand::fields).toList(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A volume's fields as {@code docker volume ls} has them; what it knows only of cluster volumes is N/A. */
    private static Map<String, String> fields(VolumeListing.Volume v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Name", v.name());
        m.put("Driver", v.driver());
        m.put("Scope", "local");
        m.put("Mountpoint", v.mountpoint());
        m.put("Labels", new TreeMap<>(v.labels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
        for (String absent : List.of("Availability", "Group", "Links", "Size", "Status")) m.put(absent, "N/A");
        return m;
    }
}
