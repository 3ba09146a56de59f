package dev.jcompose.cli;

import dev.jcompose.app.EventStream;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcompose events}: the project's container events as they happen, until Ctrl-C. */
@Command(name = "events", synopsisHeading = "%nUsage:  ", abbreviateSynopsis = true, descriptionHeading = "%n",
        description = "Receive real time events from containers", optionListHeading = "%nOptions:%n")
public final class EventsCommand extends ProjectCommand {
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Only these services")
    List<String> serviceNames;

    @Option(names = "--json", description = "Output events as a stream of json objects")
    boolean json;

    public EventsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        context = EngineCommands.connectingEarly(context);
        ProjectNameLookup target = ProjectNameLookup.of(global, context);
        Set<String> services = target.services(serviceNames);
        PrintWriter out = spec.commandLine().getOut();
        ZoneId zone = ZoneId.systemDefault();
        CountDownLatch interrupted = new CountDownLatch(1);
        try (ProgressRenderers.Display display = EngineCommands.display(global, context, spec.commandLine().getErr())) {
            StackContext stack = EngineCommands.stack(global, context, display);
            try (Interrupts.Registration r = Interrupts.onInterrupt(interrupted::countDown)) {
                EventStream.Following events = new EventStream(stack).follow(target.name(), services, e -> {
                    synchronized (out) {
                        out.print(json ? GoJson.compact(json(e, zone)) + "\n" : text(e, zone) + "\n\n");
                        out.flush();
                    }
                });
                try {
                    interrupted.await();
                } finally {
                    events.close();
                }
            }
        }
        return ExitCodes.INTERRUPTED;
    }

    /** {@code 2024-05-01 12:00:00.123456 container start 3f2a… (image=busybox, name=demo-web-1)} */
    static String text(EventStream.Event e, ZoneId zone) {
        List<String> attributes = new ArrayList<>();
        e.attributes().forEach((k, v) -> attributes.add(k + "=" + v));
        return TEXT_TIME.format(e.time().atZone(zone)) + " container " + e.action() + " " + e.container()
                + " (" + String.join(", ", attributes) + ")";
    }

    /** Keys in Go's sorted order: action, attributes, id, service, time, type. */
    static Map<String, Object> json(EventStream.Event e, ZoneId zone) {
        Map<String, Object> m = new TreeMap<>();
        m.put("action", e.action());
        m.put("attributes", e.attributes());
        m.put("id", e.container());
        m.put("service", e.service());
        m.put("time", GoJson.rfc3339Nano(e.time(), zone));
        m.put("type", "container");
        return m;
    }
}
