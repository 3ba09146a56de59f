package dev.jcompose.app;

import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * An attached {@code up}: follows the services' logs and waits until every container has exited, or (with
 * abort-on-exit) until the first one has, or an essential one (Dockerrun) has, or until {@link #cancel()} (Ctrl-C). Waits are the engine's own
 * container waits, one per container, not polling.
 */
public final class Attached {

    /**
     * Exit codes by container name; {@code firstExited} is the container that exited first (null if none);
     * {@code essentialExited} the essential container whose exit ended the run (null if none).
     */
    public record Outcome(Map<String, Integer> exitCodes, Map<String, String> serviceOf, String firstExited,
                          String essentialExited, boolean cancelled) {

        /** The exit code of the service's (first) container, if it exited. */
        public java.util.Optional<Integer> exitCodeOf(String service) {
            return exitCodes.entrySet().stream().filter(e -> service.equals(serviceOf.get(e.getKey())))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    /** The label a Dockerrun container definition's {@code essential} becomes. */
    public static final String ESSENTIAL_LABEL = "dev.jcompose.essential";

    private final StackContext ctx;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile boolean cancelled;

    public Attached(StackContext ctx) {
        this.ctx = ctx;
    }

    public Outcome run(String project, Set<String> services, boolean abortOnExit, LogStreamer.LineSink sink)
            throws InterruptedException {
        return run(project, services, abortOnExit, sink, LogFilter.FOLLOW);
    }

    /** As {@link #run(String, Set, boolean, LogStreamer.LineSink)}, with the given (following) log options. */
    public Outcome run(String project, Set<String> services, boolean abortOnExit, LogStreamer.LineSink sink,
                       LogFilter logFilter) throws InterruptedException {
        ObservedProject observed = ProjectObserver.observe(ctx.engine(), project);
        List<ObservedContainer> targets = new ArrayList<>();
        for (ObservedContainer c : observed.containers()) {
            if (!c.oneoff() && (services.isEmpty() || services.contains(c.service()))) targets.add(c);
        }
        Map<String, Integer> codes = new ConcurrentHashMap<>();
        String[] first = new String[1];
        String[] essential = new String[1];
        CountDownLatch allExited = new CountDownLatch(targets.size());
        try (LogStreamer logs = new LogStreamer(ctx.engine())) {
            logs.start(targets.stream().map(c -> new LogStreamer.Target(c.name(), c.service())).toList(),
                    logFilter, sink);
            for (ObservedContainer c : targets) {
                Thread t = new Thread(() -> {
                    try {
                        int code = ctx.engine().waitContainer(c.name());
                        codes.put(c.name(), code);
                        synchronized (first) {
                            if (first[0] == null) first[0] = c.name();
                        }
                        // As ECS does: when an essential container stops, the task (here: the project) stops.
                        if ("true".equals(c.labels().get(ESSENTIAL_LABEL))) {
                            synchronized (first) {
                                if (essential[0] == null) essential[0] = c.name();
                            }
                            stop.countDown();
                        }
                        if (abortOnExit) stop.countDown();
                    } catch (RuntimeException e) {
                        codes.putIfAbsent(c.name(), -1);
                    } finally {
                        allExited.countDown();
                    }
                }, "wait-" + c.name());
                t.setDaemon(true);
                t.start();
            }
            Thread all = new Thread(() -> {
                try {
                    allExited.await();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                stop.countDown();
            }, "wait-all");
            all.setDaemon(true);
            all.start();
            stop.await();
            logs.flush(sink);
        }
        Map<String, String> serviceOf = new java.util.HashMap<>();
        targets.forEach(c -> serviceOf.put(c.name(), c.service()));
        return new Outcome(Map.copyOf(codes), serviceOf, first[0], essential[0], cancelled);
    }

    /** Ends {@link #run} (Ctrl-C). */
    public void cancel() {
        cancelled = true;
        stop.countDown();
    }
}
