package dev.jcompose.cli;

import dev.jcompose.app.ImageListing;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code jcompose images}: the images the project's containers were created from. */
@Command(name = "images", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "List images used by the created containers", optionListHeading = "%nOptions:%n")
public final class ImagesCommand extends ProjectCommand {
    /** Go's zero {@code time.Time}, which Docker Compose prints for an image with neither time. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Only these services")
    List<String> serviceNames;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Format the output. Values: [table | json]")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "Only display IDs")
    boolean quiet;

    public ImagesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "invalid --format \"" + format + "\": use table or json");
        }
        context = EngineCommands.connectingEarly(context);
        ProjectNameLookup target = ProjectNameLookup.of(global, context);
        Set<String> services = target.services(serviceNames);
        List<ImageListing.Row> rows;
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr())) {
            StackContext stack = EngineCommands.stack(global, context, display);
            rows = new ImageListing(stack).list(target.name(), services);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (quiet) {
            Set<String> ids = new LinkedHashSet<>();
            rows.forEach(r -> ids.add(r.id().replaceFirst("^[^:]*:", "")));
            ids.forEach(out::println);
        } else if (format.equals("json")) {
            out.println(GoJson.compact(json(rows)));
        } else {
            TabTable table = new TabTable("CONTAINER", "REPOSITORY", "TAG", "PLATFORM", "IMAGE ID", "SIZE", "CREATED");
            Instant now = Instant.now();
            for (ImageListing.Row r : rows) {
                table.row(r.container(), or(r.repository(), "<none>"), or(r.tag(), "<none>"), r.platform(),
                        shortId(r.id()), GoUnits.humanSize(r.size()),
                        tagged(r) == null ? "N/A" : GoUnits.humanDuration(Duration.between(tagged(r), now)) + " ago");
            }
            table.print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<Object> json(List<ImageListing.Row> rows) {
        List<Object> out = new ArrayList<>();
        for (ImageListing.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ID", r.id());
            m.put("ContainerName", r.container());
            m.put("Repository", r.repository());
            m.put("Tag", r.tag());
            m.put("Platform", r.platform());
            m.put("Size", r.size());
            m.put("LastTagTime", GoJson.rfc3339Nano(tagged(r) == null ? GO_ZERO_TIME : tagged(r), ZoneId.of("UTC")));
            out.add(m);
        }
        return out;
    }

    /** When the image was last tagged, else built: what Docker Compose shows as CREATED and LastTagTime. */
    private static Instant tagged(ImageListing.Row r) {
        return r.lastTagTime() != null ? r.lastTagTime() : r.created();
    }

    /** The first twelve hex digits, as Docker shortens ids. */
    static String shortId(String id) {
        String hex = id.replaceFirst("^[^:]*:", "");
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
