package dev.jcompose.app;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.LogStream;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** {@code exec}: a command in a running container of a service. */
public final class Exec {

    /**
     * @param env     variables to set (already resolved)
     * @param index   the replica, 0 = the first running container
     * @param tty     the command gets a TTY (the caller then attaches a terminal session to it)
     */
    public record Request(String service, int index, List<String> command, Map<String, String> env, String user,
                          String workingDir, boolean privileged, boolean detach, boolean tty) {
        public Request {
            command = List.copyOf(command);
            env = Map.copyOf(env);
        }
    }

    /** A created exec: the engine's id and the container it runs in. */
    public record Prepared(String execId, String container) {
    }

    private final StackContext ctx;

    public Exec(StackContext ctx) {
        this.ctx = ctx;
    }

    /** Picks the container (one-off ones last, as Docker Compose does) and creates the exec there. */
    public Prepared prepare(String project, Request request) {
        ContainerSummary target = ServiceContainers.pick(ctx.engine(), project, request.service(), request.index(),
                true, false);
        String name = ServiceContainers.name(target);
        ExecSpec spec = new ExecSpec(request.command(), request.env(), emptyToNull(request.user()),
                emptyToNull(request.workingDir()), request.tty(), !request.detach(), request.privileged());
        return new Prepared(ctx.engine().execCreate(target.id(), spec), name);
    }

    /** Runs the exec without a TTY: stdin to its end, stdout and stderr apart; returns the command's exit code. */
    public int run(Prepared exec, InputStream stdin, OutputSink output) {
        return ctx.engine().execStart(exec.execId(), stdin,
                (stream, bytes) -> output.accept(stream == LogStream.STDERR, bytes));
    }

    /** {@code -d}: starts the command in the background. */
    public void startDetached(Prepared exec) {
        ctx.engine().execStartDetached(exec.execId());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
