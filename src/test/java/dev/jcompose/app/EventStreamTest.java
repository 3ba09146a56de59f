package dev.jcompose.app;

import dev.jcompose.engine.EngineEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which engine events {@code events} reports, and with which attributes. */
class EventStreamTest {

    private static EngineEvent event(String type, Map<String, String> attributes) {
        return new EngineEvent(type, "die", "c1", attributes, Instant.EPOCH);
    }

    @Test
    void containerEventsOfTheSelectedServicesWithoutComposeLabels() {
        EventStream.Event e = EventStream.toEvent(event("container", Map.of("com.docker.compose.service", "web",
                "com.docker.compose.project", "demo", "exitCode", "0", "name", "demo-web-1")), Set.of("web"));
        assertEquals("web", e.service());
        assertEquals("die", e.action());
        assertEquals(Map.of("exitCode", "0", "name", "demo-web-1"), e.attributes());
        assertNull(EventStream.toEvent(event("container", Map.of("com.docker.compose.service", "db")), Set.of("web")));
        assertNull(EventStream.toEvent(event("network", Map.of("com.docker.compose.service", "web")), Set.of()));
        assertNull(EventStream.toEvent(event("container", Map.of("com.docker.compose.service", "web",
                "com.docker.compose.oneoff", "True")), Set.of()), "one-off containers are left out");
    }
}
