package dev.jcompose.loader.bind;

import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.model.FileObjectSpec;
import dev.jcompose.model.ModelSpec;
import dev.jcompose.model.NetworkSpec;
import dev.jcompose.model.VolumeSpec;

import static dev.jcompose.loader.bind.ValueReader.child;

/**
 * Binds top-level networks, volumes, secrets and configs. Each gets its engine name: the {@code name} given, else
 * {@code <project>_<key>}; an external resource without a name is named by its key alone.
 */
final class TopLevelBinder {

    private final ValueReader r;
    private final String projectName;

    TopLevelBinder(ValueReader reader, String projectName) {
        this.r = reader;
        this.projectName = projectName;
    }

    NetworkSpec network(String key, Node n, YamlPath path) {
        boolean external = r.flag(child(n, "external"), path.key("external"));
        return new NetworkSpec(name(key, n, external), r.string(child(n, "driver")),
                r.stringMap(child(n, "driver_opts")), ipam(child(n, "ipam")), external,
                r.flag(child(n, "internal"), path.key("internal")),
                r.flag(child(n, "attachable"), path.key("attachable")),
                r.stringMap(child(n, "labels")),
                r.bool(child(n, "enable_ipv4"), path.key("enable_ipv4")),
                r.bool(child(n, "enable_ipv6"), path.key("enable_ipv6")), ServicePartsBinder.extensions(n));
    }

    VolumeSpec volume(String key, Node n, YamlPath path) {
        boolean external = r.flag(child(n, "external"), path.key("external"));
        return new VolumeSpec(name(key, n, external), r.string(child(n, "driver")),
                r.stringMap(child(n, "driver_opts")), external, r.stringMap(child(n, "labels")),
                ServicePartsBinder.extensions(n));
    }

    ModelSpec model(Node n, YamlPath path) {
        return new ModelSpec(r.string(child(n, "name")), r.string(child(n, "model")),
                r.integer(child(n, "context_size"), path.key("context_size")), r.strings(child(n, "runtime_flags")),
                ServicePartsBinder.extensions(n));
    }

    FileObjectSpec fileObject(String key, Node n, YamlPath path) {
        boolean external = r.flag(child(n, "external"), path.key("external"));
        return new FileObjectSpec(name(key, n, external), r.string(child(n, "file")),
                r.string(child(n, "environment")), r.string(child(n, "content")), external,
                r.stringMap(child(n, "labels")), r.string(child(n, "driver")),
                r.stringMap(child(n, "driver_opts")), r.string(child(n, "template_driver")),
                ServicePartsBinder.extensions(n));
    }

    private String name(String key, Node n, boolean external) {
        String given = r.string(child(n, "name"));
        if (given != null) return given;
        return external ? key : projectName + "_" + key;
    }

    private NetworkSpec.Ipam ipam(Node n) {
        if (n == null) return null;
        return new NetworkSpec.Ipam(r.string(child(n, "driver")),
                r.each(child(n, "config"), YamlPath.ROOT, (c, p) -> new NetworkSpec.IpamPool(
                        r.string(child(c, "subnet")), r.string(child(c, "gateway")), r.string(child(c, "ip_range")),
                        r.stringMap(child(c, "aux_addresses")))),
                r.stringMap(child(n, "options")));
    }
}
