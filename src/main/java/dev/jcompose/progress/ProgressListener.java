package dev.jcompose.progress;

import java.util.List;

/**
 * Receives progress events. Events come from several threads at once: an implementation must be thread-safe and
 * should return quickly, since the work that reported the event waits for it.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores every event. */
    ProgressListener NONE = event -> { };

    void onEvent(ProgressEvent event);

    /** Delivers every event to each of {@code listeners}, in order. */
    static ProgressListener fanOut(ProgressListener... listeners) {
        List<ProgressListener> all = List.of(listeners);
        return event -> all.forEach(l -> l.onEvent(event));
    }
}
