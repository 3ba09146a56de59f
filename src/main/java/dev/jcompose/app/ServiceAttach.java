package dev.jcompose.app;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.LogStream;

import java.io.InputStream;
import java.io.OutputStream;

/** {@code attach}: this process's streams on a service's running container, until it stops or we detach. */
public final class ServiceAttach {

    /** How often, and how many times, the container's state is read after the attachment ends. */
    private static final long SETTLE_MILLIS = 50;
    private static final int SETTLE_TRIES = 20;

    private final StackContext ctx;

    public ServiceAttach(StackContext ctx) {
        this.ctx = ctx;
    }

    /** The container attached to; {@code openStdin}: it reads stdin (otherwise none is sent). */
    public record Target(String container, boolean tty, boolean openStdin) {
    }

    /** The service's running container {@code index} (0 = the first); {@link StackFailure} when there is none. */
    public Target find(String project, String service, int index) {
        String name = ServiceContainers.name(ServiceContainers.pick(ctx.engine(), project, service, index, true, false));
        ContainerDetails details = ctx.engine().inspectContainer(name);
        return new Target(name, details.settings().tty(), details.settings().stdinOpen());
    }

    /**
     * Attaches until the container stops (its exit code is returned) or the attachment ends with the container
     * still running (detached, or stdin ended: 0).
     *
     * @param stdin null to send nothing
     */
    public int attach(Target target, InputStream stdin, OutputSink output, String detachKeys) {
        ctx.engine().attachContainer(target.container(), stdin,
                (stream, bytes) -> output.accept(stream == LogStream.STDERR, bytes), detachKeys, () -> { });
        return exitCodeOrDetached(target);
    }

    /** As {@link #attach}, on a terminal: the keys go in raw, the screen gets the container's terminal. */
    public int attachTty(Target target, InputStream keys, OutputStream screen, String detachKeys, Runnable onAttached) {
        ctx.engine().attachContainer(target.container(), keys, (stream, bytes) -> TtyAttach.show(screen, bytes),
                detachKeys, onAttached);
        return exitCodeOrDetached(target);
    }

    public void resize(Target target, int rows, int columns) {
        ctx.engine().resizeContainer(target.container(), rows, columns);
    }

    /** Passes a signal on to the container ({@code --sig-proxy}). */
    public void signal(Target target, String signal) {
        ctx.engine().killContainer(target.container(), signal);
    }

    /** The engine ends the attachment as the process exits, a moment before it marks the container stopped. */
    private int exitCodeOrDetached(Target target) {
        for (int i = 0; i < SETTLE_TRIES; i++) {
            ContainerDetails details = ctx.engine().inspectContainer(target.container());
            if (!details.state().running()) return details.state().exitCode();
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return 0;
    }
}
