package dev.jcompose.loader.bind;

import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.model.BlkioConfig;
import dev.jcompose.model.CredentialSpec;
import dev.jcompose.model.Develop;
import dev.jcompose.model.Device;
import dev.jcompose.model.DeviceRequest;
import dev.jcompose.model.EnvFile;
import dev.jcompose.model.ServiceHook;
import dev.jcompose.model.ServiceProvider;
import dev.jcompose.model.Ulimit;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.jcompose.loader.bind.ValueReader.child;

/** Binds the small service sub-structures: devices, ulimits, hooks, develop, blkio, gpus and the like. */
final class ServicePartsBinder {

    private final ValueReader r;

    ServicePartsBinder(ValueReader reader) {
        this.r = reader;
    }

    Device device(Node n, YamlPath path) {
        String source = r.string(child(n, "source"));
        String target = r.string(child(n, "target"));
        String permissions = r.string(child(n, "permissions"));
        return new Device(source, target == null ? source : target, permissions == null ? "rwm" : permissions);
    }

    Ulimit ulimit(Node n, YamlPath path) {
        if (n.isScalar()) {
            Long single = r.integer(n, path);
            return single == null ? null : new Ulimit(single, single);
        }
        Long soft = r.integer(child(n, "soft"), path.key("soft"));
        Long hard = r.integer(child(n, "hard"), path.key("hard"));
        if (soft == null || hard == null) return null;
        return new Ulimit(soft, hard);
    }

    EnvFile envFile(Node n, YamlPath path) {
        Boolean required = r.bool(child(n, "required"), path.key("required"));
        return new EnvFile(r.string(child(n, "path")), required == null || required, r.string(child(n, "format")));
    }

    ServiceHook hook(Node n, YamlPath path) {
        return new ServiceHook(r.strings(child(n, "command")), r.string(child(n, "user")),
                r.flag(child(n, "privileged"), path.key("privileged")), r.string(child(n, "working_dir")),
                r.stringMap(child(n, "environment")));
    }

    Develop develop(Node n, YamlPath path) {
        if (n == null) return null;
        return new Develop(r.each(child(n, "watch"), path.key("watch"), (w, p) -> new Develop.WatchRule(
                r.string(child(w, "path")), r.string(child(w, "action")), r.string(child(w, "target")),
                r.strings(child(w, "ignore")), r.strings(child(w, "include")),
                child(w, "exec") == null ? null : hook(child(w, "exec"), p.key("exec")),
                r.flag(child(w, "initial_sync"), p.key("initial_sync")), extensions(w))), extensions(n));
    }

    /** The {@code x-*} keys of a mapping, as plain values. */
    static Map<String, Object> extensions(Node n) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                if (e.name().startsWith("x-")) out.put(e.name(), Nodes.toPlain(e.value()));
            }
        }
        return out;
    }

    BlkioConfig blkio(Node n, YamlPath path) {
        if (n == null) return null;
        return new BlkioConfig(r.int32(child(n, "weight"), path.key("weight")),
                r.each(child(n, "weight_device"), path.key("weight_device"), (d, p) -> {
                    Integer w = r.int32(child(d, "weight"), p.key("weight"));
                    return w == null ? null : new BlkioConfig.WeightDevice(r.string(child(d, "path")), w);
                }),
                throttles(child(n, "device_read_bps"), path.key("device_read_bps"), true),
                throttles(child(n, "device_read_iops"), path.key("device_read_iops"), false),
                throttles(child(n, "device_write_bps"), path.key("device_write_bps"), true),
                throttles(child(n, "device_write_iops"), path.key("device_write_iops"), false));
    }

    private java.util.List<BlkioConfig.ThrottleDevice> throttles(Node n, YamlPath path, boolean bytes) {
        return r.each(n, path, (d, p) -> {
            Long rate = bytes ? r.bytes(child(d, "rate"), p.key("rate")) : r.integer(child(d, "rate"), p.key("rate"));
            return rate == null ? null : new BlkioConfig.ThrottleDevice(r.string(child(d, "path")), rate);
        });
    }

    DeviceRequest deviceRequest(Node n, YamlPath path) {
        Node countNode = child(n, "count");
        Long count = "all".equalsIgnoreCase(r.string(countNode)) ? Long.valueOf(-1) : r.integer(countNode, path.key("count"));
        return new DeviceRequest(r.strings(child(n, "capabilities")), r.string(child(n, "driver")), count,
                r.strings(child(n, "device_ids")), r.stringMap(child(n, "options")));
    }

    CredentialSpec credentialSpec(Node n) {
        if (n == null) return null;
        return new CredentialSpec(r.string(child(n, "config")), r.string(child(n, "file")),
                r.string(child(n, "registry")));
    }

    ServiceProvider provider(Node n) {
        if (n == null) return null;
        return new ServiceProvider(r.string(child(n, "type")), r.stringListMap(child(n, "options")));
    }
}
