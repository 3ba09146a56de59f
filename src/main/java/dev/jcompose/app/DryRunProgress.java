package dev.jcompose.app;

import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.progress.ProgressListener;

import java.util.HashMap;
import java.util.Map;

/**
 * The progress of a dry run: every line marked {@code DRY-RUN MODE - } as Docker Compose marks them, and a state a
 * resource is already in not told twice (the {@link DryRunEngine} tells each call it answers, and the work that made
 * the call then tells the same state).
 */
final class DryRunProgress implements ProgressListener {

    /** What starts every progress line of a dry run, in Docker Compose's words. */
    static final String MARK = "DRY-RUN MODE - ";

    /** A state as told: a repeat of it is dropped. */
    private record Told(String text, ProgressEvent.Kind kind, String detail) {
    }

    private final ProgressListener shown;
    private final Map<String, Told> last = new HashMap<>();

    DryRunProgress(ProgressListener shown) {
        this.shown = shown;
    }

    @Override
    public void onEvent(ProgressEvent e) {
        Told told = new Told(e.text(), e.kind(), e.detail());
        synchronized (last) {
            if (told.equals(last.put(e.resource(), told))) return;
        }
        shown.onEvent(new ProgressEvent(MARK + e.resource(), e.text(), e.kind(), e.detail(), e.elapsed()));
    }
}
