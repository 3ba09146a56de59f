package dev.jcompose.engine;

import java.time.Instant;
import java.util.Map;

/**
 * An engine event. {@code type}: container, network, volume, image…; {@code action}: start, die, health_status:
 * healthy…; {@code id} the object's id; {@code attributes} its labels plus the engine's extras (name, image…).
 */
public record EngineEvent(String type, String action, String id, Map<String, String> attributes, Instant time) {
    public EngineEvent {
        attributes = Map.copyOf(attributes);
    }
}
