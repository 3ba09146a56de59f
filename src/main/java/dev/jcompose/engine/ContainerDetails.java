package dev.jcompose.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A container as inspected. {@code env} keeps the engine's {@code KEY=value} form, image defaults included.
 * {@code cmd}/{@code entrypoint} are the effective ones (image defaults applied by the engine); {@code settings} the
 * rest of what it was created with.
 */
public record ContainerDetails(String id, String name, String image, String imageId, Instant created,
                               Map<String, String> labels, List<String> env, List<String> cmd,
                               List<String> entrypoint, String workingDir, String user, String hostname,
                               List<MountInfo> mounts, Map<String, NetworkAttachment> networks,
                               List<PublishedPort> ports, ContainerState state, int restartCount,
                               String restartPolicy, ContainerSettings settings) {
    public ContainerDetails {
        labels = Map.copyOf(labels);
        env = List.copyOf(env);
        cmd = List.copyOf(cmd);
        entrypoint = List.copyOf(entrypoint);
        mounts = List.copyOf(mounts);
        networks = Map.copyOf(networks);
        ports = List.copyOf(ports);
        settings = settings == null ? ContainerSettings.NONE : settings;
    }

    /** Without the create-time settings ({@link ContainerSettings#NONE}). */
    public ContainerDetails(String id, String name, String image, String imageId, Instant created,
                            Map<String, String> labels, List<String> env, List<String> cmd, List<String> entrypoint,
                            String workingDir, String user, String hostname, List<MountInfo> mounts,
                            Map<String, NetworkAttachment> networks, List<PublishedPort> ports, ContainerState state,
                            int restartCount, String restartPolicy) {
        this(id, name, image, imageId, created, labels, env, cmd, entrypoint, workingDir, user, hostname, mounts,
                networks, ports, state, restartCount, restartPolicy, ContainerSettings.NONE);
    }
}
