package dev.jcompose.app;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.state.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code wait}: blocks until the running containers of the services (one-off ones included) have stopped, with
 * the engine's own waits, and reports each as it stops. The result is the exit code of the last one to stop, as
 * Docker Compose returns it.
 */
public final class WaitForExit {

    private final StackContext ctx;

    public WaitForExit(StackContext ctx) {
        this.ctx = ctx;
    }

    /** @param exited receives {@code container "<id>" exited with status code N} as each container stops */
    public int await(String project, Set<String> services, Consumer<String> exited) throws InterruptedException {
        List<ContainerSummary> targets = new ArrayList<>();
        for (ContainerSummary c : ctx.engine().listContainers(Map.of(Labels.PROJECT, project))) {
            String service = c.labels().getOrDefault(Labels.SERVICE, "");
            if (ServiceContainers.isUp(c) && (services.isEmpty() || services.contains(service))) targets.add(c);
        }
        if (targets.isEmpty()) throw new StackFailure("no containers for project \"" + project + "\"", List.of());
        AtomicInteger last = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> waits = new ArrayList<>();
        for (ContainerSummary c : targets) {
            Thread t = new Thread(() -> {
                try {
                    int code = ctx.engine().waitContainer(c.id());
                    synchronized (last) {
                        last.set(code);
                        exited.accept("container \"" + c.id() + "\" exited with status code " + code);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "wait-" + c.id().substring(0, Math.min(12, c.id().length())));
            t.setDaemon(true);
            t.start();
            waits.add(t);
        }
        for (Thread t : waits) t.join();
        if (failure.get() != null) throw failure.get();
        return last.get();
    }
}
