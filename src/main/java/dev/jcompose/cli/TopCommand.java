package dev.jcompose.cli;

import dev.jcompose.app.Processes;
import dev.jcompose.app.StackContext;
import dev.jcompose.model.Project;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code jcompose top [SERVICE...]}: one table of the running containers' processes, {@code SERVICE} and {@code #}
 * (the replica) first and {@code CMD} last, as Docker Compose prints it.
 */
@Command(name = "top", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Display the running processes", optionListHeading = "%nOptions:%n")
final class TopCommand extends LifecycleCommands.Base {

    TopCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Project project = projectOfEveryProfile(true);
        var services = services(project);
        StackContext stack = EngineCommands.quietStack(global, context, spec.commandLine().getErr());
        List<Processes.Container> containers = new Processes(stack).list(name(project), services);
        print(containers, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void print(List<Processes.Container> containers, PrintWriter out) {
        List<String> headers = new ArrayList<>(List.of("SERVICE", "#"));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Processes.Container c : containers) {
            for (List<String> process : c.processes()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("SERVICE", c.service());
                row.put("#", c.replica());
                for (int i = 0; i < c.titles().size() && i < process.size(); i++) {
                    String title = c.titles().get(i);
                    if (!headers.contains(title)) headers.add(title);
                    row.put(title, process.get(i));
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) return;
        if (headers.remove("CMD")) headers.add("CMD");
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers);
        for (Map<String, String> row : rows) {
            List<String> line = new ArrayList<>();
            for (String h : headers) line.add(row.getOrDefault(h, "-"));
            lines.add(line);
        }
        // Go's tabwriter as Docker Compose sets it up: columns padded by 2, at least 4 wide; the last one not padded.
        int[] widths = new int[headers.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size() - 1; i++) widths[i] = Math.max(widths[i], Math.max(4, line.get(i).length() + 2));
        }
        for (List<String> line : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                b.append(cell);
                if (i < line.size() - 1) b.append(" ".repeat(widths[i] - cell.length()));
            }
            out.println(b);
        }
        out.flush();
    }
}
