package dev.jcompose.app;

import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.Subscription;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * An attached {@code up} or {@code logs -f}: follows the services' logs until every container has exited, or (with
 * an {@link Abort}) until the first one has (or has failed), or an essential one (Dockerrun) has, or until
 * {@link #cancel()} (Ctrl-C).
 * Containers that start meanwhile — restarted, recreated by another {@code up}, scaled up — are followed too, from
 * engine events; a container created but not yet started (the new one of a recreate) keeps the run going. Exits are
 * the engine's own container waits, one per container, not polling. From an {@link AttachPoint} (an attached
 * {@code up}), each container shows only what it printed after that point, as Docker Compose's attach does.
 */
public final class Attached {

    /** Which exit ends the whole run: {@code --abort-on-container-exit}, {@code --abort-on-container-failure}. */
    public enum Abort {
        NEVER, ON_EXIT, ON_FAILURE;

        boolean on(int exitCode) {
            return this == ON_EXIT || (this == ON_FAILURE && exitCode != 0);
        }
    }

    /**
     * Exit codes by container name; {@code abortedBy} is the container whose exit ended the run by the {@link Abort}
     * asked for (null if none); {@code essentialExited} the essential container whose exit ended the run (null if
     * none).
     */
    public record Outcome(Map<String, Integer> exitCodes, Map<String, String> serviceOf, String abortedBy,
                          String essentialExited, boolean cancelled) {

        /** The exit code of the service's (first) container, if it exited. */
        public Optional<Integer> exitCodeOf(String service) {
            return exitCodes.entrySet().stream().filter(e -> service.equals(serviceOf.get(e.getKey())))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    /** What to do, still attached, when the run ends early (Ctrl-C, abort on exit, an essential container gone). */
    @FunctionalInterface
    public interface EarlyEnd {
        /** {@code why}: the outcome so far. Logs keep streaming until this returns, so stopping containers show their last words. */
        void stop(Outcome why);

        EarlyEnd NOTHING = why -> {
        };
    }

    /** Told which containers the run attaches to and when one exits (the lines an attached {@code up} prints). */
    public interface Status {
        /** {@code containers}: the names of the containers shown from the start, sorted. */
        void attaching(List<String> containers);

        /** Not told after Ctrl-C, as Docker Compose prints no exit lines once it is stopping on request. */
        void exited(String container, String service, int exitCode);

        Status NONE = new Status() {
            @Override
            public void attaching(List<String> containers) {
            }

            @Override
            public void exited(String container, String service, int exitCode) {
            }
        };
    }

    /**
     * How long a container's last lines are awaited after its exit, before the exit is told anyway: short, as a
     * container its restart policy restarted meanwhile may have printed lines that this stream never gets.
     */
    private static final Duration LAST_OUTPUT_AT_MOST = Duration.ofSeconds(2);
    /** How long the exit lines of the containers an early end stopped are awaited. */
    private static final Duration STOPPED_EXITS_AT_MOST = Duration.ofSeconds(10);

    /** The label a Dockerrun container definition's {@code essential} becomes. */
    public static final String ESSENTIAL_LABEL = "dev.jcompose.essential";

    private final StackContext ctx;
    private final AttachPoint from;
    private final Status status;
    private final Set<String> shown;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile boolean cancelled;

    public Attached(StackContext ctx) {
        this(ctx, null, Status.NONE, null);
    }

    /**
     * {@code from}: null to show each container's whole output (as the log filter asks); {@code shown}: the services
     * whose output and exits are shown (null: all that are followed), the others are only waited for.
     */
    public Attached(StackContext ctx, AttachPoint from, Status status, Set<String> shown) {
        this.ctx = ctx;
        this.from = from;
        this.status = status;
        this.shown = shown;
    }

    /**
     * Follows the services (all when empty) with the given (following) log options; {@code earlyEnd} runs while still
     * attached when the run ends before every container has exited.
     */
    public Outcome run(String project, Set<String> services, Abort abort, LogStreamer.LineSink sink,
                       LogFilter logFilter, EarlyEnd earlyEnd) throws InterruptedException {
        return run(project, services, abort, sink, logFilter, earlyEnd, false);
    }

    /** As above; {@code withFronts} follows the front proxies of the services too (they are left out otherwise). */
    public Outcome run(String project, Set<String> services, Abort abort, LogStreamer.LineSink sink,
                       LogFilter logFilter, EarlyEnd earlyEnd, boolean withFronts) throws InterruptedException {
        try (LogStreamer logs = new LogStreamer(ctx.engine())) {
            Run run = new Run(services, abort, sink, logFilter, logs, withFronts);
            // Events first, then the listing: a container starting in between is seen by one or the other.
            try (Subscription events = ctx.engine().events(Map.of(Labels.PROJECT, project), run::onEvent)) {
                ObservedProject observed = ProjectObserver.observe(ctx.engine(), project);
                List<ObservedContainer> selected = observed.containers().stream()
                        .filter(c -> run.selects(c.service(), c.oneoff(), c.labels(), c.name()))
                        .sorted(Comparator.comparing(ObservedContainer::name)).toList();
                status.attaching(selected.stream().filter(c -> shows(c.service())).map(ObservedContainer::name)
                        .toList());
                for (ObservedContainer c : selected) {
                    run.follow(c.id(), c.name(), c.service(), c.labels(),
                            from == null ? logFilter : from.filterFor(c.id(), logFilter));
                }
                run.endIfAllExited();
                stop.await();
                Outcome sofar = run.outcome();
                if (sofar.cancelled() || sofar.abortedBy() != null || sofar.essentialExited() != null) {
                    earlyEnd.stop(sofar);
                    if (!cancelled) run.awaitExitsTold(STOPPED_EXITS_AT_MOST);
                }
                logs.flush();
            }
            return run.outcome();
        }
    }

    private boolean shows(String service) {
        return shown == null || shown.contains(service);
    }

    /** Ends {@link #run} (Ctrl-C). */
    public void cancel() {
        cancelled = true;
        stop.countDown();
    }

    /** The state of one run: what is followed, what exited, what is about to start. */
    private final class Run {
        private final Set<String> services;
        private final Abort abort;
        private final LogStreamer.LineSink sink;
        private final LogFilter logFilter;
        private final LogStreamer logs;
        private final Map<String, Integer> codes = new ConcurrentHashMap<>();
        private final Map<String, String> serviceOf = new ConcurrentHashMap<>();
        /** Container ids being followed now, and all ever followed (a start of one of those is a restart). */
        private final Set<String> running = new HashSet<>();
        /** Exits seen by a wait and not yet told to the status. */
        private int exitsBeingTold;
        private final Set<String> seen = new HashSet<>();
        /** Created, not yet started: the new container of a recreate keeps the run alive while the old one stops. */
        private final Set<String> pending = new HashSet<>();
        /** Started again before its wait saw it exit (a quick restart): followed again once the wait returns. */
        private final Map<String, Instant> restarted = new HashMap<>();
        private String abortedBy;
        private String essential;

        private final boolean withFronts;

        Run(Set<String> services, Abort abort, LogStreamer.LineSink sink, LogFilter logFilter, LogStreamer logs,
            boolean withFronts) {
            this.withFronts = withFronts;
            this.services = services;
            this.abort = abort;
            this.sink = sink;
            this.logFilter = logFilter;
            this.logs = logs;
        }

        /** The selected services' containers; not a front unless asked, never a replica retired by a rollout. */
        boolean selects(String service, boolean oneoff, Map<String, String> labels, String name) {
            if (Labels.ROLE_FRONT.equals(labels.get(Labels.JCOMPOSE_ROLE)) && !withFronts) return false;
            if (name != null && name.endsWith(Labels.RETIRED_SUFFIX)) return false;
            return !oneoff && (services.isEmpty() || services.contains(service));
        }

        void onEvent(EngineEvent e) {
            if (!"container".equals(e.type())) return;
            Map<String, String> attrs = e.attributes();
            if (!selects(attrs.getOrDefault(Labels.SERVICE, ""), Labels.TRUE.equalsIgnoreCase(attrs.get(Labels.ONEOFF)),
                    attrs, attrs.get("name"))) {
                return;
            }
            switch (e.action()) {
                case "create" -> {
                    synchronized (this) {
                        pending.add(e.id());
                    }
                }
                case "start" -> restartOrFollow(e.id(), attrs.getOrDefault("name", e.id()), attrs.get(Labels.SERVICE),
                        attrs, e.time());
                case "destroy" -> {
                    synchronized (this) {
                        pending.remove(e.id());
                    }
                    endIfAllExited();
                }
                default -> {
                }
            }
        }

        /** {@code startedAt}: for a container seen before (a restart), only its output from then on is shown. */
        void restartOrFollow(String id, String name, String service, Map<String, String> labels, Instant startedAt) {
            boolean restart;
            synchronized (this) {
                if (running.contains(id)) {
                    pending.remove(id);
                    if (startedAt != null) restarted.put(id, startedAt);
                    return;
                }
                restart = seen.contains(id);
            }
            follow(id, name, service, labels, restart ? logFilter.from(startTime(id, name, startedAt)) : logFilter);
        }

        /** Follows a container's output as {@code filter} says, and waits for its exit. */
        void follow(String id, String name, String service, Map<String, String> labels, LogFilter filter) {
            synchronized (this) {
                pending.remove(id);
                if (!running.add(id)) return;
                seen.add(id);
                serviceOf.put(name, service);
            }
            if (shows(service)) logs.follow(new LogStreamer.Target(name, service), filter, sink);
            Thread t = new Thread(() -> awaitExit(id, name, labels), "wait-" + name);
            t.setDaemon(true);
            t.start();
        }

        /**
         * Where the new run's output begins: just after the last line shown when its exit was told (that waited for
         * the container's last lines), else just after the previous run ended (the engine keeps that time while the
         * container runs again; its last lines may be stamped later). Neither the start event nor the recorded start
         * time will do: the process may print before either is taken.
         */
        private Instant startTime(String id, String name, Instant fallback) {
            Instant shownUpTo = status == Status.NONE || !shows(serviceOf.get(name)) ? null : logs.readUpTo(name);
            if (shownUpTo != null) return shownUpTo.plusNanos(1);
            try {
                Instant previousEnd = ctx.engine().inspectContainer(id).state().finishedAt();
                return previousEnd != null ? previousEnd.plusNanos(1) : fallback;
            } catch (RuntimeException e) {
                return fallback;
            }
        }

        private void awaitExit(String id, String name, Map<String, String> labels) {
            int code;
            try {
                code = ctx.engine().waitContainer(id);
            } catch (RuntimeException e) {
                code = -1;
            }
            codes.put(name, code);
            tellExit(id, name, code);
            Instant again;
            synchronized (this) {
                running.remove(id);
                again = restarted.remove(id);
                if (abortedBy == null && abort.on(code)) abortedBy = name;
                // As ECS does: when an essential container stops, the task (here: the project) stops.
                if ("true".equals(labels.get(ESSENTIAL_LABEL)) && essential == null) essential = name;
            }
            if (abort.on(code) || "true".equals(labels.get(ESSENTIAL_LABEL))) stop.countDown();
            if (again != null) {
                follow(id, name, serviceOf.get(name), labels, logFilter.from(startTime(id, name, again)));
            } else {
                endIfAllExited();
            }
        }

        /** After the container's last lines, unless the run was cancelled. */
        private void tellExit(String id, String name, int code) {
            if (status == Status.NONE || !shows(serviceOf.get(name))) return;
            synchronized (this) {
                exitsBeingTold++;
            }
            try {
                logs.settle(name, LogStreamer.lastLineStamp(ctx.engine(), id), LAST_OUTPUT_AT_MOST);
                if (!cancelled) status.exited(name, serviceOf.get(name), code);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                synchronized (this) {
                    exitsBeingTold--;
                    notifyAll();
                }
            }
        }

        /** Waits (at most {@code atMost}) until every followed container has exited and its exit was told. */
        synchronized void awaitExitsTold(Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            while ((!running.isEmpty() || exitsBeingTold > 0) && !cancelled) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return;
                wait(Math.max(1, left / 1_000_000));
            }
        }

        synchronized void endIfAllExited() {
            notifyAll();
            if (running.isEmpty() && pending.isEmpty()) stop.countDown();
        }

        synchronized Outcome outcome() {
            return new Outcome(Map.copyOf(codes), new HashMap<>(serviceOf), abortedBy, essential, cancelled);
        }
    }
}
