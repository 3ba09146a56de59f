package dev.jcompose.cli;

import dev.jcompose.app.Attached;
import dev.jcompose.app.ContainerListing;
import dev.jcompose.app.LogFilter;
import dev.jcompose.app.LogStreamer;
import dev.jcompose.app.ServiceContainers;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.model.Project;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose logs}: the output of the project's containers, prefixed and coloured per service. */
@Command(name = "logs", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "View output from containers", optionListHeading = "%nOptions:%n")
public final class LogsCommand extends ProjectCommand {

    private static final Pattern RELATIVE = Pattern.compile("(\\d+)(ms|s|m|h)");

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Only these services")
    List<String> serviceNames;

    @Option(names = {"-f", "--follow"}, description = "Follow log output")
    boolean follow;

    @Option(names = {"-n", "--tail"}, paramLabel = "N", description = "Number of lines to show from the end of the logs for each container (default \"all\")")
    String tail;

    @Option(names = {"-t", "--timestamps"}, description = "Show timestamps")
    boolean timestamps;

    @Option(names = "--since", paramLabel = "TIME", description = "Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)")
    String until;

    @Option(names = "--no-log-prefix", description = "Don't print prefix in logs")
    boolean noLogPrefix;

    @Option(names = "--front", description = "Include the front proxies of services that roll out without downtime")
    boolean fronts;

    @Option(names = "--no-color", description = "Produce monochrome output")
    boolean noColor;

    @Option(names = "--index", paramLabel = "N", description = "index of the container if service has multiple replicas")
    int index;

    public LogsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        context = EngineCommands.connectingEarly(context);
        Project project = EngineCommands.load(global, context).project();
        Set<String> services = EngineCommands.services(project, serviceNames);
        if (index > 0 && services.size() != 1) throw new CommandFailedException("--index requires one service to be selected");
        LogFilter options = new LogFilter(follow, time(since, "--since"), time(until, "--until"), tailCount(),
                timestamps);
        PrintWriter out = spec.commandLine().getOut();
        boolean colour = !noColor && EngineCommands.colour(global, context);
        LogPrinter printer = new LogPrinter(out, project.name(), !noLogPrefix, colour);
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr())) {
            StackContext stack = EngineCommands.stack(global, context, display);
            String only = index > 0 ? ServiceContainers.pick(stack.engine(), project.name(), services.iterator().next(),
                    index, false, true).name() : null;
            if (follow) {
                // Followed logs end when every container has stopped, or on Ctrl-C.
                Attached attached = new Attached(stack);
                try (Interrupts.Registration r = Interrupts.onInterrupt(attached::cancel)) {
                    LogStreamer.LineSink sink = only == null ? printer : (container, service, stderr, text) -> {
                        if (container.equals(only)) printer.line(container, service, stderr, text);
                    };
                    Attached.Outcome outcome = attached.run(project.name(), services, Attached.Abort.NEVER, sink,
                            options, Attached.EarlyEnd.NOTHING, fronts);
                    return outcome.cancelled() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
                }
            }
            List<LogStreamer.Target> targets = new ContainerListing(stack).list(project.name(), true, services, Set.of())
                    .stream().filter(r -> !r.isRetired() && (fronts || !r.isFront()))
                    .filter(r -> only == null || r.name().equals(only))
                    .map(r -> new LogStreamer.Target(r.name(), r.service())).toList();
            try (LogStreamer logs = new LogStreamer(stack.engine())) {
                logs.start(targets, options, printer);
                logs.flush();
            }
        }
        return ExitCodes.OK;
    }

    private Integer tailCount() {
        if (tail == null || tail.equals("all")) return null;
        try {
            return Integer.parseInt(tail);
        } catch (NumberFormatException e) {
            throw new CommandFailedException("--tail must be a number or \"all\", got \"" + tail + "\"");
        }
    }

    /** RFC 3339, Unix seconds, or a duration before now (42m, 1h, 10s). */
    static Instant time(String text, String option) {
        if (text == null) return null;
        Matcher m = RELATIVE.matcher(text);
        if (text.matches("(\\d+(ms|s|m|h))+")) {
            Duration d = Duration.ZERO;
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                d = d.plus(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                });
            }
            return Instant.now().minus(d);
        }
        if (text.matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(text));
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandFailedException(option + ": \"" + text + "\" is not a time",
                    "use a timestamp like 2024-01-02T13:23:37Z or a duration like 42m");
        }
    }
}
