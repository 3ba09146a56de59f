package dev.jcompose.cli;

import dev.jcompose.app.ContainerListing;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.loader.yaml.JsonWriter;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose ps}: the project's containers. Works from labels alone when the files are gone. */
@Command(name = "ps", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "List containers", optionListHeading = "%nOptions:%n")
public final class PsCommand extends ProjectCommand {

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Only these services")
    List<String> serviceNames;

    @Option(names = {"-a", "--all"}, description = "Show all stopped containers")
    boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Only display IDs")
    boolean quiet;

    @Option(names = "--services", description = "Display services")
    boolean services;

    @Option(names = "--status", paramLabel = "STATUS", description = "Filter services by status (paused, restarting, removing, running, dead, created, exited); repeatable")
    List<String> status;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Format the output: table or json")
    String format;

    @Option(names = "--no-trunc", description = "Don't truncate output")
    boolean noTrunc;

    @Option(names = "--filter", paramLabel = "FILTER", description = "Filter services by a property (supported filters: status)")
    String filter;

    public PsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        if (!format.equals("table") && !format.equals("json")) {
            throw new CommandFailedException("unsupported format \"" + format + "\"", "use table or json");
        }
        Set<String> states = new LinkedHashSet<>(status == null ? List.of() : status);
        if (filter != null) states.add(statusFilter(filter));
        String name;
        try {
            name = EngineCommands.load(global, context).project().name();
        } catch (InvalidProjectException e) {
            if (!ProjectLoader.isNoFilesFound(e)) throw e;
            name = EngineCommands.projectNameWithoutFiles(global, context);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ContainerListing.Row> rows;
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr())) {
            StackContext stack = EngineCommands.stack(global, context, display);
            rows = new ContainerListing(stack).list(name, all, Set.copyOf(serviceNames == null ? List.of() : serviceNames),
                    states);
        }
        if (quiet) {
            rows.forEach(r -> out.println(r.id()));
        } else if (services) {
            new LinkedHashSet<>(rows.stream().map(ContainerListing.Row::service).toList()).forEach(out::println);
        } else if (format.equals("json")) {
            for (ContainerListing.Row r : rows) out.println(json(r, name, noTrunc));
        } else {
            table(rows, out, noTrunc);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Docker Compose accepts only {@code status=VALUE} here. */
    private static String statusFilter(String filter) {
        int eq = filter.indexOf('=');
        if (eq < 0 || !filter.substring(0, eq).strip().equals("status")) {
            throw new CommandFailedException("invalid filter \"" + filter + "\"", "the only supported filter is status=VALUE");
        }
        return filter.substring(eq + 1).strip();
    }

    /** As Docker shows it: quoted, and cut to 20 characters with an ellipsis unless {@code --no-trunc}. */
    static String command(String command, boolean noTrunc) {
        String shown = command;
        if (!noTrunc && command.codePointCount(0, command.length()) > 20) {
            shown = command.substring(0, command.offsetByCodePoints(0, 19)) + "\u2026";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String json(ContainerListing.Row r, String project, boolean noTrunc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Command", command(r.command(), noTrunc));
        m.put("ID", r.id());
        m.put("Name", r.name());
        m.put("Image", r.image());
        m.put("Project", project);
        m.put("Service", r.service());
        m.put("CreatedAt", r.created() == null ? "" : r.created().toString());
        m.put("State", r.state());
        m.put("Status", r.status());
        m.put("Health", r.health() == null ? "" : r.health());
        m.put("ExitCode", r.exitCode() == null ? 0 : r.exitCode());
        m.put("Ports", r.ports());
        return JsonWriter.line(m);
    }

    private static void table(List<ContainerListing.Row> rows, PrintWriter out, boolean noTrunc) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[]{"NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"});
        for (ContainerListing.Row r : rows) {
            lines.add(new String[]{r.name(), r.image(), command(r.command(), noTrunc), r.service(), ago(r.created(), Instant.now()),
                    r.status(), r.ports()});
        }
        int[] widths = new int[7];
        for (String[] l : lines) for (int i = 0; i < l.length; i++) widths[i] = Math.max(widths[i], l[i].length());
        for (String[] l : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < l.length; i++) {
                b.append(l[i]);
                if (i < l.length - 1) b.append(" ".repeat(widths[i] - l[i].length() + 3));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    /** Docker Compose's CREATED: {@code 1 second ago}, {@code About a minute ago}. */
    static String ago(Instant created, Instant now) {
        if (created == null) return "";
        return GoUnits.humanDuration(Duration.between(created, now)) + " ago";
    }
}
