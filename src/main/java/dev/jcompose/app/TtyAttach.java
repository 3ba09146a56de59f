package dev.jcompose.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A terminal attached to an exec or a container created with a TTY: keys go in as typed, the command's terminal output comes out as
 * raw bytes, and the window size follows the local one. The caller (the CLI's terminal session) owns the keys and
 * the screen; this only moves bytes and sizes to and from the engine.
 */
public final class TtyAttach {

    private final StackContext ctx;

    public TtyAttach(StackContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Runs the exec until its command ends and returns the command's exit code. {@code onStarted} runs once the
     * engine has started it, before the first key goes in: the moment to set the window size.
     */
    public int exec(String execId, InputStream keys, OutputStream screen, Runnable onStarted) {
        return ctx.engine().execStartTty(execId, keys, (stream, bytes) -> show(screen, bytes), onStarted);
    }

    /** Sets the exec's window size; the command gets SIGWINCH. */
    public void resizeExec(String execId, int rows, int columns) {
        ctx.engine().resizeExec(execId, rows, columns);
    }

    /** As {@link #exec}, for a created container with a TTY ({@code run}): starts it and runs it until it stops. */
    public int run(String containerId, InputStream keys, OutputStream screen, Runnable onStarted) {
        return ctx.engine().startAttachedTty(containerId, keys, (stream, bytes) -> show(screen, bytes), onStarted);
    }

    public void resizeContainer(String containerId, int rows, int columns) {
        ctx.engine().resizeContainer(containerId, rows, columns);
    }

    static void show(OutputStream screen, byte[] bytes) {
        try {
            screen.write(bytes);
            screen.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the terminal", e);
        }
    }
}
