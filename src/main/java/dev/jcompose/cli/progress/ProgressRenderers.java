package dev.jcompose.cli.progress;

import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.progress.ProgressListener;

import java.io.PrintWriter;
import java.util.function.BiConsumer;

/** The progress displays: a live view for terminals, plain lines, JSON lines, or nothing. */
public final class ProgressRenderers {

    /** A listener that must be closed when the command's work is over (it may run a redraw thread). */
    public interface Display extends ProgressListener, AutoCloseable {
        @Override
        void close();

        /**
         * A word on the command as a whole ({@code nothing to do: the project is up to date}): {@code line} for
         * people, {@code event} under {@code --progress json}, nothing under {@code quiet}.
         */
        void conclude(ProgressEvent event, String line);
    }

    private ProgressRenderers() {
    }

    /** How progress is drawn, once {@code --progress auto} has been decided. */
    public enum Style { TTY, PLAIN, JSON, QUIET }

    public static Display create(Style style, boolean colour, PrintWriter err) {
        return switch (style) {
            case TTY -> {
                TtyProgress tty = new TtyProgress(err, colour);
                yield wrap(tty, tty::close, (event, line) -> println(err, line));
            }
            case JSON -> {
                JsonProgress json = new JsonProgress(err);
                yield wrap(json, () -> { }, (event, line) -> json.onEvent(event));
            }
            case QUIET -> wrap(e -> { }, () -> { }, (event, line) -> { });
            case PLAIN -> wrap(new PlainProgress(err), () -> { }, (event, line) -> println(err, line));
        };
    }

    private static void println(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    private static Display wrap(ProgressListener l, Runnable onClose, BiConsumer<ProgressEvent, String> conclusion) {
        return new Display() {
            @Override
            public void onEvent(ProgressEvent e) {
                l.onEvent(e);
            }

            @Override
            public void close() {
                onClose.run();
            }

            @Override
            public void conclude(ProgressEvent event, String line) {
                conclusion.accept(event, line);
            }
        };
    }
}
