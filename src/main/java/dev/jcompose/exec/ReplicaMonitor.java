package dev.jcompose.exec;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.Subscription;
import dev.jcompose.plan.Op;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches a new replica for {@code update_config.monitor}: it fails the moment the engine reports the replica died
 * or turned unhealthy, and succeeds when the time passes without either.
 */
final class ReplicaMonitor {
    private final ContainerEngine engine;

    ReplicaMonitor(ContainerEngine engine) {
        this.engine = engine;
    }

    String watch(Op.Monitor op) throws OpFailedException, InterruptedException {
        String name = op.name();
        CompletableFuture<String> problem = new CompletableFuture<>();
        AtomicReference<String> id = new AtomicReference<>();
        Subscription events = engine.events(Map.of(), e -> {
            if (!"container".equals(e.type())) return;
            if (!name.equals(e.attributes().get("name")) && !e.id().equals(id.get())) return;
            String action = e.action().strip();
            if (action.equals("die")) problem.complete("container " + name + " exited while monitored");
            else if (action.equals("health_status: unhealthy")) problem.complete("container " + name + " is unhealthy");
        });
        try {
            ContainerDetails details = engine.inspectContainer(name);
            id.set(details.id());
            if (!details.state().running()) throw failure("container " + name + " is not running", name);
            if ("unhealthy".equals(details.state().health())) throw failure("container " + name + " is unhealthy", name);
            try {
                String message = problem.get(op.duration().toMillis(), TimeUnit.MILLISECONDS);
                throw failure(message + " (within monitor " + op.duration().toMillis() + "ms)", name);
            } catch (TimeoutException kept) {
                return "Stable";
            } catch (ExecutionException e) {
                throw new IllegalStateException("the monitor only completes normally", e);
            }
        } finally {
            events.close();
        }
    }

    private OpFailedException failure(String message, String name) {
        List<String> lines = ContainerLogTail.of(engine, name);
        return new OpFailedException(message, lines, null);
    }
}
