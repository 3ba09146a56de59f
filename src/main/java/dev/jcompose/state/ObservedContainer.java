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

    /** The proxy jcompose keeps in front of a service's replicas. */
    public boolean isFront() {
        return Labels.ROLE_FRONT.equals(labels.get(Labels.JCOMPOSE_ROLE));
    }

    /** A replica a rollout replaced, kept stopped for {@code rollback}. */
    public boolean isRetired() {
        return !isFront() && name != null && name.endsWith(Labels.RETIRED_SUFFIX);
    }

    /** The name it had while it served (a retired replica's without the suffix). */
    public String liveName() {
        return isRetired() ? name.substring(0, name.length() - Labels.RETIRED_SUFFIX.length()) : name;
    }

    /** The rollout generation that made it; 0 when it has none. */
    public int generation() {
        try {
            return Integer.parseInt(labels.getOrDefault(Labels.JCOMPOSE_GENERATION, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean isRunning() {
        return "running".equals(state) || "restarting".equals(state) || "paused".equals(state);
    }
}
