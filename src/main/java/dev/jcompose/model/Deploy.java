package dev.jcompose.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The {@code deploy} section: replicas, resources, restart and rollout settings. */
public record Deploy(String mode, Integer replicas, Map<String, String> labels, UpdateConfig updateConfig,
                     UpdateConfig rollbackConfig, Resources resources, RestartPolicy restartPolicy,
                     Placement placement, String endpointMode) {

    public Deploy {
        labels = Copies.map(labels);
    }

    /** Rollout settings; unset values are null. {@code order} is "stop-first" or "start-first". */
    public record UpdateConfig(Long parallelism, Duration delay, String failureAction, Duration monitor,
                               Double maxFailureRatio, String order) {
    }

    public record Resources(Resource limits, Resource reservations) {
    }

    /** Limits or reservations; {@code memory} in bytes. */
    public record Resource(Double cpus, Long memory, Long pids, List<DeviceRequest> devices,
                           List<GenericResource> genericResources) {
        public Resource {
            devices = Copies.list(devices);
            genericResources = Copies.list(genericResources);
        }
    }

    public record GenericResource(String kind, long value) {
    }

    public record RestartPolicy(String condition, Duration delay, Long maxAttempts, Duration window) {
    }

    public record Placement(List<String> constraints, List<String> preferences, Long maxReplicasPerNode) {
        public Placement {
            constraints = Copies.list(constraints);
            preferences = Copies.list(preferences);
        }
    }
}
