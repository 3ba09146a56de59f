package dev.jcompose.cli;

import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.graph.DotRenderer;
import dev.jcompose.graph.MermaidRenderer;
import dev.jcompose.graph.TreeRenderer;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jcompose graph}: which service needs which and why ({@code depends_on} conditions, links, volumes_from,
 * {@code service:} modes), as a text tree, Graphviz DOT or a Mermaid flowchart. Reads the files only.
 */
@Command(name = "graph", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Show the service dependency graph", optionListHeading = "%nOptions:%n")
public final class GraphCommand extends ProjectCommand {

    enum Format {
        TEXT, DOT, MERMAID;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Only these services and what they need")
    List<String> serviceNames;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default \"${DEFAULT-VALUE}\")")
    Format format;

    public GraphCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LoadResult loaded = context.loader().load(LoadRequests.of(global, context, true));
        PrintWriter err = spec.commandLine().getErr();
        EngineCommands.printWarnings(loaded, err);
        Project project = loaded.project();
        Set<String> selected = EngineCommands.services(project, serviceNames);
        DependencyGraph graph = DependencyGraph.of(project);
        if (!selected.isEmpty()) {
            graph = DependencyGraph.of(graph.closure(selected).stream().map(project.services()::get).toList());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case TEXT -> TreeRenderer.render(graph);
            case DOT -> DotRenderer.render(project.name(), graph);
            case MERMAID -> MermaidRenderer.render(graph);
        });
        out.flush();
        return ExitCodes.OK;
    }
}
