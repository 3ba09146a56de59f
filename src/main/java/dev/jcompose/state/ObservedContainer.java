package dev.jcompose.state;

import java.util.Map;

/**
 * A container of a project as the engine reports it, with its identity labels parsed.
 *
 * @param number     the replica number from the labels, 0 when absent or unreadable
 * @param configHash       the hash of the configuration the container was made from, null when unknown
 * @param anonymousVolumes mount path → name of each anonymous volume mounted (ones the engine named itself)
 */
public record ObservedContainer(String id, String name, String service, int number, boolean oneoff, String state,
                                String health, Integer exitCode, String configHash, String image, String imageId,
                                Map<String, String> labels, Map<String, String> anonymousVolumes) {

    public ObservedContainer {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        anonymousVolumes = anonymousVolumes == null ? Map.of() : Map.copyOf(anonymousVolumes);
    }

    public ObservedContainer(String id, String name, String service, int number, boolean oneoff, String state,
                             String health, Integer exitCode, String configHash, String image, String imageId,
                             Map<String, String> labels) {
        this(id, name, service, number, oneoff, state, health, exitCode, configHash, image, imageId, labels, Map.of());
    }

    public boolean isRunning() {
        return "running".equals(state) || "restarting".equals(state) || "paused".equals(state);
    }
}
