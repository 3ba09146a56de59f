package dev.jcompose.cli;

import dev.jcompose.app.ContainerListing;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose ps}: the project's containers. Works from labels alone when the files are gone. */
@Command(name = "ps", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "List containers", optionListHeading = "%nOptions:%n")
public final class PsCommand extends ProjectCommand {
    /** Docker's {@code raw} format. */
    private static final String RAW = """
            container_id: {{.ID}}
            image: {{.Image}}
            command: {{.Command}}
            created_at: {{.CreatedAt}}
            state: {{- pad .State 1 0}}
            status: {{- pad .Status 1 0}}
            names: {{.Names}}
            labels: {{- pad .Labels 1 0}}
            ports: {{- pad .Ports 1 0}}
            """;

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Format the output: table (default), json, raw, or a Go template such as {{.Name}}\\t{{.State}} (table TEMPLATE adds a header)")
    String format;

    @Option(names = "--orphans", arity = "0..1", fallbackValue = "true", defaultValue = "true", paramLabel = "BOOL",
            description = "Include orphaned services (not declared by project) (default true)")
    boolean orphans;

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
        GoTemplate template = template(format);
        Set<String> states = new LinkedHashSet<>(status == null ? List.of() : status);
        if (filter != null) states.add(statusFilter(filter));
        String name;
        Set<String> selected = new LinkedHashSet<>(serviceNames == null ? List.of() : serviceNames);
        try {
            Project project = EngineCommands.load(global, context).project();
            name = project.name();
            if (selected.isEmpty() && !orphans) selected.addAll(project.services().keySet());
        } catch (InvalidProjectException e) {
            if (!ProjectLoader.isNoFilesFound(e)) throw e;
            name = EngineCommands.projectNameWithoutFiles(global, context);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ContainerListing.Row> rows;
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr())) {
            StackContext stack = EngineCommands.stack(global, context, display);
            rows = new ContainerListing(stack).list(name, all, selected, states);
        }
        if (quiet) {
            rows.forEach(r -> out.println(r.id()));
        } else if (services) {
            new LinkedHashSet<>(rows.stream().map(ContainerListing.Row::service).toList()).forEach(out::println);
        } else if (template == null) {
            table(rows, out, noTrunc);
        } else {
            print(template, rows, out);
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

    /** Null for the default table, which {@link #table} prints. */
    private static GoTemplate template(String format) {
        if (format.isEmpty() || format.equals("table")) return null;
        try {
            return GoTemplate.parse(switch (format) {
                case "json" -> "{{json .}}";
                case "raw" -> RAW;
                default -> format;
            });
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("template parsing error: " + e.getMessage());
        }
    }

    private void print(GoTemplate template, List<ContainerListing.Row> rows, PrintWriter out) {
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        try {
            template.print(rows.stream().map(r -> ContainerFields.of(r, !noTrunc, now, zone)).toList(),
                    ContainerFields.HEADERS, out);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("template parsing error: " + e.getMessage());
        }
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
