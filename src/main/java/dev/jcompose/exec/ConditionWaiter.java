package dev.jcompose.exec;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.Subscription;
import dev.jcompose.plan.Op;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits until a container meets a {@code depends_on} condition. Health waits follow the engine's events, never
 * polling: the subscription is opened before the container is inspected, so a change between the two is not lost.
 */
final class ConditionWaiter {
    private static final String HEALTHY = "health_status: healthy";
    private static final String UNHEALTHY = "health_status: unhealthy";

    private final ContainerEngine engine;

    ConditionWaiter(ContainerEngine engine) {
        this.engine = engine;
    }

    /** @return the past-tense word for progress: Started, Healthy or Exited */
    String await(Op.AwaitCondition op) throws OpFailedException, InterruptedException {
        return switch (op.condition()) {
            case STARTED -> started(op.name());
            case HEALTHY -> healthy(op.name());
            case COMPLETED_SUCCESSFULLY -> completed(op.name());
            case READY -> engine.inspectContainer(op.name()).state().health() == null
                    ? running(op.name()) : healthy(op.name());
        };
    }

    private String started(String name) throws OpFailedException {
        ContainerDetails details = engine.inspectContainer(name);
        // a container that ran and already exited still counts as started
        if (!details.state().running() && details.state().startedAt() == null) {
            throw failure("container " + name + " is not running (" + details.state().status() + ")", name);
        }
        return "Started";
    }

    /** Started and still running: a replica without a healthcheck is ready when it runs. */
    private String running(String name) throws OpFailedException {
        ContainerDetails details = engine.inspectContainer(name);
        if (!details.state().running()) {
            throw failure(exited(name, details.state().exitCode()), name);
        }
        return "Running";
    }

    private String healthy(String name) throws OpFailedException, InterruptedException {
        CompletableFuture<String> problem = new CompletableFuture<>();
        AtomicReference<String> id = new AtomicReference<>();
        AtomicBoolean restarts = new AtomicBoolean();
        Subscription subscription = engine.events(Map.of(), event -> {
            if (isAbout(event, name, id.get())) {
                onHealthEvent(event, name, restarts.get(), problem);
            }
        }, problem::completeExceptionally);
        try {
            ContainerDetails details = engine.inspectContainer(name);
            id.set(details.id());
            restarts.set(restarts(details));
            String health = details.state().health();
            if ("healthy".equals(health)) {
                return "Healthy";
            }
            if ("unhealthy".equals(health)) {
                throw failure(unhealthy(name), name);
            }
            if (health == null) {
                throw new OpFailedException("container " + name + " has no healthcheck configured");
            }
            if (!details.state().running() && !restarts.get()) {
                throw failure(exited(name, details.state().exitCode()), name);
            }
            String message = problem.get();
            if (message != null) {
                throw failure(message, name);
            }
            return "Healthy";
        } catch (ExecutionException e) {
            // The engine went away while we waited (stopped, restarted, connection broken).
            if (e.getCause() instanceof EngineException lost) throw lost;
            throw new IllegalStateException("the health wait ends with a message or a lost engine", e);
        } finally {
            subscription.close();
        }
    }

    private static void onHealthEvent(EngineEvent event, String name, boolean restarts,
                                      CompletableFuture<String> problem) {
        String action = event.action().strip();
        if (action.equals(HEALTHY)) {
            problem.complete(null);
        } else if (action.equals(UNHEALTHY)) {
            problem.complete(unhealthy(name));
        } else if (action.equals("die") && !restarts) {
            problem.complete(exited(name, exitCode(event)));
        } else if (action.equals("destroy")) {
            problem.complete("container " + name + " was removed while waiting for it to be healthy");
        }
    }

    private String completed(String name) throws OpFailedException {
        int exitCode = engine.waitContainer(name);
        if (exitCode != 0) {
            throw failure(exited(name, exitCode), name);
        }
        return "Exited";
    }

    private static boolean isAbout(EngineEvent event, String name, String id) {
        return "container".equals(event.type())
                && (name.equals(event.attributes().get("name")) || event.id().equals(id));
    }

    private static boolean restarts(ContainerDetails details) {
        String policy = details.restartPolicy();
        return policy != null && !policy.isEmpty() && !policy.equals("no");
    }

    private static Integer exitCode(EngineEvent event) {
        String code = event.attributes().get("exitCode");
        try {
            return code == null ? null : Integer.valueOf(code);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String unhealthy(String name) {
        return "container " + name + " is unhealthy";
    }

    private static String exited(String name, Integer exitCode) {
        return "container " + name + (exitCode == null ? " exited" : " exited with code " + exitCode);
    }

    private OpFailedException failure(String message, String container) {
        List<String> lines = ContainerLogTail.of(engine, container);
        return new OpFailedException(message, lines, null);
    }
}
