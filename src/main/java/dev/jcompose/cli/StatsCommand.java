package dev.jcompose.cli;

import dev.jcompose.app.StackContext;
import dev.jcompose.app.StatsSampler;
import dev.jcompose.cli.progress.ProgressRenderers;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose stats}: the resource usage of the project's containers, as {@code docker stats} shows it. */
@Command(name = "stats", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Display a live stream of container(s) resource usage statistics",
        optionListHeading = "%nOptions:%n")
public final class StatsCommand extends ProjectCommand {
    private static final TemplateRows ROWS = new TemplateRows(
            "table {{.ID}}\\t{{.Name}}\\t{{.CPUPerc}}\\t{{.MemUsage}}\\t{{.MemPerc}}\\t{{.NetIO}}\\t{{.BlockIO}}\\t{{.PIDs}}",
            Map.of("ID", "CONTAINER ID", "Name", "NAME", "Container", "CONTAINER", "CPUPerc", "CPU %",
                    "MemUsage", "MEM USAGE / LIMIT", "MemPerc", "MEM %", "NetIO", "NET I/O", "BlockIO", "BLOCK I/O",
                    "PIDs", "PIDS"));

    @Parameters(paramLabel = "SERVICE", arity = "0..1", description = "Only this service")
    String service;

    @Option(names = {"-a", "--all"}, description = "Show all containers (default shows just running)")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (default), table TEMPLATE, json, or a TEMPLATE such as {{.Name}}: {{.CPUPerc}}")
    String format;

    @Option(names = "--no-stream", description = "Disable streaming stats and only pull the first result")
    boolean noStream;

    @Option(names = "--no-trunc", description = "Do not truncate output")
    boolean noTrunc;

    public StatsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context = EngineCommands.connectingEarly(context);
        ProjectNameLookup target = ProjectNameLookup.of(global, context);
        if (service != null) target.services(List.of(service));
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch interrupted = new CountDownLatch(1);
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr());
             Interrupts.Registration r = Interrupts.onInterrupt(interrupted::countDown)) {
            StackContext stack = EngineCommands.stack(global, context, display);
            StatsSampler sampler = new StatsSampler(stack);
            do {
                List<StatsSampler.Sample> sample = sampler.sample(target.name(), service, all);
                if (!noStream && context.terminal()) out.print("\u001b[2J\u001b[H");
                print(sample, out);
                out.flush();
            } while (!noStream && interrupted.getCount() > 0 && !Thread.currentThread().isInterrupted());
        }
        return noStream ? ExitCodes.OK : ExitCodes.INTERRUPTED;
    }

    private void print(List<StatsSampler.Sample> sample, PrintWriter out) {
        ROWS.print(format, sample.stream().map(this::fields).toList(), out);
    }

    /** The figures as {@code docker stats} writes them. */
    Map<String, String> fields(StatsSampler.Sample s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ID", noTrunc ? s.id() : ImagesCommand.shortId(s.id()));
        m.put("Name", s.name());
        m.put("Container", s.id());
        m.put("CPUPerc", percent(s.cpuPercent()));
        m.put("MemUsage", GoUnits.bytesSize(s.memoryUsed()) + " / " + GoUnits.bytesSize(s.memoryLimit()));
        m.put("MemPerc", percent(s.memoryPercent()));
        m.put("NetIO", GoUnits.humanSize(s.netRx()) + " / " + GoUnits.humanSize(s.netTx()));
        m.put("BlockIO", GoUnits.humanSize(s.blockRead()) + " / " + GoUnits.humanSize(s.blockWrite()));
        m.put("PIDs", Long.toString(s.pids()));
        return m;
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v);
    }
}
