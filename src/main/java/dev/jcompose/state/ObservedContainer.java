package dev.jcompose.state;

import java.util.Map;

/**
 * A container of a project as the engine reports it, with its identity labels parsed.
 *
 * @param number     the replica number from the labels, 0 when absent or unreadable
 * @param configHash the hash of the configuration the container was made from, null when unknown
 */
public record ObservedContainer(String id, String name, String service, int number, boolean oneoff, String state,
                                String health, Integer exitCode, String configHash, String image, String imageId,
                                Map<String, String> labels) {

    public ObservedContainer {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public boolean isRunning() {
        return "running".equals(state) || "restarting".equals(state) || "paused".equals(state);
    }
}
