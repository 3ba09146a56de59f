package dev.jcompose.loader.bind;

import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.model.Deploy;

import static dev.jcompose.loader.bind.ValueReader.child;

/** Binds {@code deploy} with its resources, restart policy, update/rollback configs and placement. */
final class DeployBinder {

    private final ValueReader r;
    private final ServicePartsBinder parts;

    DeployBinder(ValueReader reader) {
        this.r = reader;
        this.parts = new ServicePartsBinder(reader);
    }

    Deploy bind(Node n, YamlPath path) {
        if (n == null) return null;
        return new Deploy(r.string(child(n, "mode")),
                r.int32(child(n, "replicas"), path.key("replicas")),
                r.stringMap(child(n, "labels")),
                update(child(n, "update_config"), path.key("update_config")),
                update(child(n, "rollback_config"), path.key("rollback_config")),
                resources(child(n, "resources"), path.key("resources")),
                restartPolicy(child(n, "restart_policy"), path.key("restart_policy")),
                placement(child(n, "placement"), path.key("placement")),
                r.string(child(n, "endpoint_mode")));
    }

    private Deploy.UpdateConfig update(Node n, YamlPath path) {
        if (n == null) return null;
        return new Deploy.UpdateConfig(r.integer(child(n, "parallelism"), path.key("parallelism")),
                r.duration(child(n, "delay"), path.key("delay")),
                r.string(child(n, "failure_action")),
                r.duration(child(n, "monitor"), path.key("monitor")),
                r.number(child(n, "max_failure_ratio"), path.key("max_failure_ratio")),
                r.string(child(n, "order")));
    }

    private Deploy.Resources resources(Node n, YamlPath path) {
        if (n == null) return null;
        return new Deploy.Resources(resource(child(n, "limits"), path.key("limits")),
                resource(child(n, "reservations"), path.key("reservations")));
    }

    private Deploy.Resource resource(Node n, YamlPath path) {
        if (n == null) return null;
        return new Deploy.Resource(r.number(child(n, "cpus"), path.key("cpus")),
                r.bytes(child(n, "memory"), path.key("memory")),
                r.integer(child(n, "pids"), path.key("pids")),
                r.each(child(n, "devices"), path.key("devices"), parts::deviceRequest),
                r.each(child(n, "generic_resources"), path.key("generic_resources"), this::genericResource));
    }

    private Deploy.GenericResource genericResource(Node n, YamlPath path) {
        Node spec = child(n, "discrete_resource_spec");
        Long value = r.integer(child(spec, "value"), path.key("discrete_resource_spec").key("value"));
        return new Deploy.GenericResource(r.string(child(spec, "kind")), value == null ? 0 : value);
    }

    private Deploy.RestartPolicy restartPolicy(Node n, YamlPath path) {
        if (n == null) return null;
        return new Deploy.RestartPolicy(r.string(child(n, "condition")),
                r.duration(child(n, "delay"), path.key("delay")),
                r.integer(child(n, "max_attempts"), path.key("max_attempts")),
                r.duration(child(n, "window"), path.key("window")));
    }

    private Deploy.Placement placement(Node n, YamlPath path) {
        if (n == null) return null;
        java.util.List<String> preferences = r.each(child(n, "preferences"), path.key("preferences"),
                (p, q) -> r.string(child(p, "spread")));
        return new Deploy.Placement(r.strings(child(n, "constraints")), preferences,
                r.integer(child(n, "max_replicas_per_node"), path.key("max_replicas_per_node")));
    }
}
