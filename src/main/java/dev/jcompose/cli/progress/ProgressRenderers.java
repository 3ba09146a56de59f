package dev.jcompose.cli.progress;

import dev.jcompose.progress.ProgressListener;

import java.io.PrintWriter;

/** The progress displays: a live view for terminals, plain lines, JSON lines, or nothing. */
public final class ProgressRenderers {

    /** A listener that must be closed when the command's work is over (it may run a redraw thread). */
    public interface Display extends ProgressListener, AutoCloseable {
        @Override
        void close();
    }

    private ProgressRenderers() {
    }

    /** How progress is drawn, once {@code --progress auto} has been decided. */
    public enum Style { TTY, PLAIN, JSON, QUIET }

    public static Display create(Style style, boolean colour, PrintWriter err) {
        return switch (style) {
            case TTY -> wrap(new TtyProgress(err, colour));
            case JSON -> wrap(new JsonProgress(err), () -> { });
            case QUIET -> wrap(e -> { }, () -> { });
            case PLAIN -> wrap(new PlainProgress(err), () -> { });
        };
    }

    private static Display wrap(TtyProgress tty) {
        return wrap(tty, tty::close);
    }

    private static Display wrap(ProgressListener l, Runnable onClose) {
        return new Display() {
            @Override
            public void onEvent(dev.jcompose.progress.ProgressEvent e) {
                l.onEvent(e);
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }
}
