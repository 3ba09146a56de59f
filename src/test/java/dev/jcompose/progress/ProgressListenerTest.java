package dev.jcompose.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressListenerTest {

    @Test
    void fanOutDeliversEachEventToEveryListenerInOrder() {
        CollectingListener first = new CollectingListener();
        CollectingListener second = new CollectingListener();
        ProgressListener both = ProgressListener.fanOut(first, second, ProgressListener.NONE);

        ProgressEvent creating = ProgressEvent.working("Network n", "Creating", null, Duration.ZERO);
        ProgressEvent created = ProgressEvent.done("Network n", "Created", Duration.ofMillis(12));
        both.onEvent(creating);
        both.onEvent(created);

        assertEquals(List.of(creating, created), first.events());
        assertEquals(List.of(creating, created), second.events());
    }

    @Test
    void aMissingElapsedTimeIsZero() {
        assertEquals(Duration.ZERO, new ProgressEvent("r", "Creating", ProgressEvent.Kind.WORKING, null, null).elapsed());
    }
}
