package dev.jcompose.exec;

import dev.jcompose.plan.Op;
import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.progress.ProgressListener;

import java.time.Duration;

/** The progress events of one running op, with the time since it began. */
final class OpProgress {
    private final Op op;
    private final ProgressListener listener;
    private final long startNanos = System.nanoTime();

    OpProgress(Op op, ProgressListener listener) {
        this.op = op;
        this.listener = listener;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    void started() {
        listener.onEvent(ProgressEvent.working(op.resource(), op.action(), null, Duration.ZERO));
    }

    /** More about the op while it runs: a build line, a pull status. */
    void working(String detail) {
        listener.onEvent(ProgressEvent.working(op.resource(), op.action(), detail, elapsed()));
    }

    /** Progress of a part of the op that has its own line, such as an image layer. */
    void part(String resource, String text, String detail) {
        listener.onEvent(ProgressEvent.working(resource, text, detail, elapsed()));
    }

    void done(String pastTense) {
        listener.onEvent(ProgressEvent.done(op.resource(), pastTense, elapsed()));
    }

    void warning(String message) {
        listener.onEvent(ProgressEvent.warning(op.resource(), "Warning", message, elapsed()));
    }

    void failed(String message) {
        listener.onEvent(ProgressEvent.error(op.resource(), message, elapsed()));
    }
}
