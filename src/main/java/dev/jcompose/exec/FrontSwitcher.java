package dev.jcompose.exec;

import dev.jcompose.engine.ConflictException;
import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerState;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.NetworkAttachment;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.engine.ProcessList;
import dev.jcompose.plan.FrontConfig;
import dev.jcompose.plan.NginxConfig;
import dev.jcompose.plan.Op;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Points a front at a set of replicas, all through the engine API: the configuration goes in as a file and is
 * loaded by {@code nginx -s reload} (which refuses an invalid one). nginx then starts new workers with the new
 * configuration and lets the old ones finish what they serve; the switch is done when the old workers are gone,
 * so that the replicas they were talking to can be stopped without cutting a request.
 */
final class FrontSwitcher {
    private static final String WORKER = "nginx: worker process";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(25);
    private static final int EXIT_SETTLE_ATTEMPTS = 40;

    private final ContainerEngine engine;

    FrontSwitcher(ContainerEngine engine) {
        this.engine = engine;
    }

    String switchTo(Op.SwitchFront op, OpProgress progress) throws OpFailedException, InterruptedException {
        byte[] previous = ContainerFiles.read(engine, op.front(), FrontConfig.PATH).orElse(null);
        List<FrontConfig.Backend> backends = new ArrayList<>();
        for (String name : op.applyTo(current(op, previous))) {
            address(name, op.config()).ifPresent(a -> backends.add(new FrontConfig.Backend(name, a)));
        }
        byte[] text = NginxConfig.render(op.config(), op.generation(), backends).getBytes(StandardCharsets.UTF_8);
        ContainerFiles.write(engine, op.front(), FrontConfig.PATH, text, 0644);
        ContainerState state = engine.inspectContainer(op.front()).state();
        Instant lastExit = state.finishedAt();
        if (!state.running()) {
            engine.startContainer(op.front());
            awaitWorkers(op.front(), Set.of(), START_TIMEOUT, lastExit);
            return "Started";
        }
        Set<String> before = workers(op.front(), lastExit);
        try {
            // nginx -s reload reads the whole configuration first and signals nothing when it is invalid.
            exec(op.front(), "reload", "nginx", "-c", FrontConfig.PATH, "-s", "reload");
        } catch (OpFailedException invalid) {
            // The file must say what the front serves: the running nginx kept the previous configuration.
            if (previous != null) ContainerFiles.write(engine, op.front(), FrontConfig.PATH, previous, 0644);
            throw invalid;
        }
        awaitWorkers(op.front(), before, START_TIMEOUT, lastExit);
        progress.working("draining");
        Duration drain = op.config().drainTimeout().plusSeconds(5);
        long deadline = System.nanoTime() + drain.toNanos();
        while (workers(op.front(), lastExit).stream().anyMatch(before::contains)) {
            // nginx closes what is left at worker_shutdown_timeout; past that, something else holds the worker.
            if (System.nanoTime() > deadline) {
                throw new OpFailedException("front " + op.front() + " still has workers of the old configuration after "
                        + drain.toSeconds() + "s");
            }
            Thread.sleep(POLL.toMillis());
        }
        return "Switched";
    }

    /** The replicas the front routes to now, as its configuration file says. */
    private static List<String> current(Op.SwitchFront op, byte[] file) throws OpFailedException {
        if (op.exact()) return op.add();
        String text = file == null ? null : new String(file, StandardCharsets.UTF_8);
        if (NginxConfig.routes(text) == null) {
            throw new OpFailedException("front " + op.front() + " has no configuration written by jcompose; run up to"
                    + " write it");
        }
        return NginxConfig.routeNames(text);
    }

    /**
     * The replica's address on the front's network. A replica that is gone or no longer runs (one a killed jcompose
     * was stopping, say) has none and is left out: nginx must not be pointed at it. A running one on no network
     * with an address is named instead.
     */
    private Optional<String> address(String replica, FrontConfig config) {
        ContainerDetails details;
        try {
            details = engine.inspectContainer(replica);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
        if (!details.state().running()) return Optional.empty();
        NetworkAttachment on = config.network() == null ? null : details.networks().get(config.network());
        if (on != null && on.ipv4Address() != null && !on.ipv4Address().isEmpty()) return Optional.of(on.ipv4Address());
        return Optional.of(details.networks().values().stream().map(NetworkAttachment::ipv4Address)
                .filter(ip -> ip != null && !ip.isEmpty()).findFirst().orElse(replica));
    }

    /** Waits until a worker that is not one of {@code old} runs; fails when the front stops instead. */
    private void awaitWorkers(String front, Set<String> old, Duration timeout, Instant lastExit)
            throws OpFailedException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, String> processes = processes(front, lastExit);
            if (processes.isEmpty() && hasExited(front, lastExit)) throw exited(front);
            boolean fresh = processes.entrySet().stream().anyMatch(p -> p.getValue().startsWith(WORKER)
                    && !p.getValue().contains("shutting down") && !old.contains(p.getKey()));
            if (fresh) return;
            if (System.nanoTime() > deadline) {
                throw new OpFailedException("front " + front + " has no nginx worker of the new configuration after "
                        + timeout.toSeconds() + "s", ContainerLogTail.of(engine, front), null);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Whether the front stopped, or exited at all since {@code lastExit}: its restart policy starts it again, so a
     * front whose nginx cannot start is seen running now and then, never with a worker.
     */
    private boolean hasExited(String front, Instant lastExit) {
        ContainerState state = engine.inspectContainer(front).state();
        return !state.running() || "restarting".equals(state.status())
                || (state.finishedAt() != null && !state.finishedAt().equals(lastExit));
    }

    /** The front exited (nginx refused its configuration, say): its exit code and last log lines tell why. */
    private OpFailedException exited(String front) {
        int code = engine.inspectContainer(front).state().exitCode();
        List<String> lines = ContainerLogTail.of(engine, front);
        String last = lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip();
        return new OpFailedException("front " + front + " exited with code " + code + last, lines, null);
    }

    private Set<String> workers(String front, Instant lastExit) throws OpFailedException, InterruptedException {
        return processes(front, lastExit).entrySet().stream().filter(p -> p.getValue().startsWith(WORKER))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The front's processes, pid → command line; none when it is not running. */
    private Map<String, String> processes(String front, Instant lastExit)
            throws OpFailedException, InterruptedException {
        ProcessList list = null;
        for (int attempt = 1; list == null; attempt++) {
            try {
                list = engine.listProcesses(front);
            } catch (ConflictException notRunning) {
                return Map.of();
            } catch (EngineException e) {
                // A container exiting while the engine lists its processes fails the call in the runtime's words
                // ("ttrpc: closed", "task … not found"), and inspect may still say running for a moment: what the
                // user needs to know is that the front exited, and why.
                if (hasExited(front, lastExit)) throw exited(front);
                if (attempt == EXIT_SETTLE_ATTEMPTS) throw e;
                Thread.sleep(POLL.toMillis());
            }
        }
        List<String> pids = list.column("PID");
        List<String> commands = list.column("CMD", "COMMAND");
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pids.size() && i < commands.size(); i++) out.put(pids.get(i), commands.get(i));
        return out;
    }

    private void exec(String front, String what, String... cmd) throws OpFailedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String id = engine.execCreate(front, ExecSpec.of(cmd));
        int code = engine.execStart(id, null, (stream, bytes) -> {
            synchronized (out) {
                out.writeBytes(bytes);
            }
        });
        if (code != 0) {
            String output;
            synchronized (out) {
                output = out.toString(StandardCharsets.UTF_8).strip();
            }
            throw new OpFailedException("front " + front + ": " + what + " failed (exit " + code + ")",
                    output.lines().toList(), null);
        }
    }
}
