package dev.jcompose.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One row of a container listing.
 *
 * @param state    created, running, paused, restarting, removing, exited or dead
 * @param status   the engine's human text, e.g. "Up 3 seconds (healthy)"
 * @param health   healthy, unhealthy, starting, or null when the container has no healthcheck
 * @param exitCode the last exit code when the container has exited, else null
 * @param command  the command line the container runs (entrypoint and arguments joined by spaces), as the engine lists it
 * @param mounts   its mounts; for a volume, {@code name} is the volume's name (64 hex digits for an anonymous one)
 * @param networks the names of the networks it is attached to
 */
public record ContainerSummary(String id, String name, String image, String imageId, Map<String, String> labels,
                               String state, String status, String health, Instant created, Integer exitCode,
                               List<PublishedPort> ports, String command, List<MountInfo> mounts,
                               List<String> networks) {
    public ContainerSummary {
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
        command = command == null ? "" : command;
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        networks = networks == null ? List.of() : List.copyOf(networks);
    }

    /** A row whose networks are not known. */
    public ContainerSummary(String id, String name, String image, String imageId, Map<String, String> labels,
                            String state, String status, String health, Instant created, Integer exitCode,
                            List<PublishedPort> ports, String command, List<MountInfo> mounts) {
        this(id, name, image, imageId, labels, state, status, health, created, exitCode, ports, command, mounts,
                List.of());
    }

    /** A row whose command is not known. */
    public ContainerSummary(String id, String name, String image, String imageId, Map<String, String> labels,
                            String state, String status, String health, Instant created, Integer exitCode,
                            List<PublishedPort> ports) {
        this(id, name, image, imageId, labels, state, status, health, created, exitCode, ports, "", List.of(),
                List.of());
    }
}
