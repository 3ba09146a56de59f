package dev.jcompose.cli;

import dev.jcompose.app.ProjectListing;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code jcompose ls}: the Compose projects on the engine, whichever tool started them. */
@Command(name = "ls", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "List running compose projects", optionListHeading = "%nOptions:%n")
public final class LsCommand extends ProjectCommand {

    @Option(names = {"-a", "--all"}, description = "Show all stopped Compose projects")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Format the output. Values: [table | json]")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "Only display project names")
    boolean quiet;

    @Option(names = "--filter", paramLabel = "FILTER", description = "Filter output based on conditions provided (name=...)")
    List<String> filters;

    public LsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "invalid --format \"" + format + "\": use table or json");
        }
        List<String> names = nameFilters();
        List<ProjectListing.Stack> stacks;
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr())) {
            StackContext stack = EngineCommands.stack(global, context, display);
            stacks = new ProjectListing(stack).list(all).stream().filter(s -> matches(names, s.name())).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (quiet) {
            stacks.forEach(s -> out.println(s.name()));
        } else if (format.equals("json")) {
            List<Object> json = new ArrayList<>();
            for (ProjectListing.Stack s : stacks) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("Name", s.name());
                m.put("Status", s.status());
                m.put("ConfigFiles", s.configFiles());
                json.add(m);
            }
            out.println(GoJson.compact(json));
        } else {
            TabTable table = new TabTable("NAME", "STATUS", "CONFIG FILES");
            stacks.forEach(s -> table.row(s.name(), s.status(), s.configFiles()));
            table.print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<String> nameFilters() {
        List<String> names = new ArrayList<>();
        if (filters == null) return names;
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq < 0 || !f.substring(0, eq).equals("name")) {
                throw new ParameterException(spec.commandLine(), "invalid filter '" + f + "': only name=... is supported");
            }
            names.add(f.substring(eq + 1));
        }
        return names;
    }

    /** As Docker matches a name filter: the name itself, or a regular expression found in it. */
    static boolean matches(List<String> names, String name) {
        if (names.isEmpty()) return true;
        for (String n : names) {
            if (n.equals(name)) return true;
            try {
                if (Pattern.compile(n).matcher(name).find()) return true;
            } catch (PatternSyntaxException notARegex) {
                // only an exact match could have matched it
            }
        }
        return false;
    }
}
