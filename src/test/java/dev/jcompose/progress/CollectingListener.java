package dev.jcompose.progress;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event it receives, from any thread, for tests to look at. */
public final class CollectingListener implements ProgressListener {
    private final List<ProgressEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(ProgressEvent event) {
        events.add(event);
    }

    public synchronized List<ProgressEvent> events() {
        return List.copyOf(events);
    }

    /** The events about {@code resource}, in the order they arrived. */
    public synchronized List<ProgressEvent> eventsFor(String resource) {
        return events.stream().filter(e -> e.resource().equals(resource)).toList();
    }

    /** "text" of each event about {@code resource}, e.g. [Creating, Created]. */
    public synchronized List<String> textsFor(String resource) {
        return eventsFor(resource).stream().map(ProgressEvent::text).toList();
    }
}
