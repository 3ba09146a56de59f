package dev.jcompose.cli;

import dev.jcompose.app.EventStream;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code events} lines as Docker Compose writes them. */
class EventsFormatTest {

    private static final EventStream.Event START = new EventStream.Event(Instant.parse("2024-05-01T10:00:00.123456789Z"),
            "web", "3f2a", "start", new TreeMap<>(Map.of("name", "demo-web-1", "image", "busybox")));

    @Test
    void textHasTheTimeTheActionTheIdAndSortedAttributes() {
        assertEquals("2024-05-01 12:00:00.123456 container start 3f2a (image=busybox, name=demo-web-1)",
                EventsCommand.text(START, ZoneId.of("+02:00")));
    }

    @Test
    void jsonHasGoSortedKeysAndAnRfc3339Time() {
        assertEquals("{\"action\":\"start\",\"attributes\":{\"image\":\"busybox\",\"name\":\"demo-web-1\"},"
                        + "\"id\":\"3f2a\",\"service\":\"web\",\"time\":\"2024-05-01T10:00:00.123456789Z\","
                        + "\"type\":\"container\"}",
                GoJson.compact(EventsCommand.json(START, ZoneId.of("UTC"))));
    }
}
