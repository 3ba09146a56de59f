package dev.jcompose.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The project as plain maps and lists in the shape and key order {@code docker compose config} prints: compose-go's
 * field order, long syntax everywhere, durations in Go's notation, byte sizes as numbers of bytes, unset and empty
 * attributes left out.
 */
public final class ProjectWriter {

    private ProjectWriter() {
    }

    public static LinkedHashMap<String, Object> toPlain(Project p) {
        return new PlainMap()
                .put("name", p.name())
                .put("services", mapValues(p.services(), ServiceWriter::service))
                .put("networks", mapValues(p.networks(), ProjectWriter::network))
                .put("volumes", mapValues(p.volumes(), ProjectWriter::volume))
                .put("secrets", mapValues(p.secrets(), f -> fileObject(f, false)))
                .put("configs", mapValues(p.configs(), f -> fileObject(f, true)))
                .put("models", mapValues(p.models(), ProjectWriter::model))
                .putExtensions(p.extensions())
                .toMap();
    }

    static <T> Map<String, Object> mapValues(Map<String, T> in, Function<T, Object> f) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }

    static <T> List<Object> listOf(List<T> in, Function<T, Object> f) {
        List<Object> out = new ArrayList<>(in.size());
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    private static Object model(ModelSpec m) {
        return new PlainMap()
                .put("name", m.name())
                .put("model", m.model())
                .put("context_size", m.contextSize())
                .put("runtime_flags", m.runtimeFlags())
                .putExtensions(m.extensions())
                .toMap();
    }

    private static Object network(NetworkSpec n) {
        return new PlainMap()
                .put("name", n.name())
                .put("driver", n.driver())
                .put("driver_opts", n.driverOpts())
                .put("ipam", n.ipam() == null ? null : new PlainMap()
                        .put("driver", n.ipam().driver())
                        .put("config", listOf(n.ipam().config(), c -> new PlainMap()
                                .put("subnet", c.subnet())
                                .put("gateway", c.gateway())
                                .put("ip_range", c.ipRange())
                                .put("aux_addresses", c.auxAddresses())
                                .toMap()))
                        .put("options", n.ipam().options()))
                .put("external", n.external())
                .put("internal", n.internal())
                .put("attachable", n.attachable())
                .put("labels", n.labels())
                .putFlag("enable_ipv4", n.enableIpv4())
                .putFlag("enable_ipv6", n.enableIpv6())
                .putExtensions(n.extensions())
                .toMap();
    }

    private static Object volume(VolumeSpec v) {
        return new PlainMap()
                .put("name", v.name())
                .put("driver", v.driver())
                .put("driver_opts", v.driverOpts())
                .put("external", v.external())
                .put("labels", v.labels())
                .putExtensions(v.extensions())
                .toMap();
    }

    /** Secret content is never printed; a config's inline content is. */
    private static Object fileObject(FileObjectSpec f, boolean withContent) {
        return new PlainMap()
                .put("name", f.name())
                .put("file", f.file())
                .put("environment", f.environment())
                .put("content", withContent ? f.content() : null)
                .put("external", f.external())
                .put("labels", f.labels())
                .put("driver", f.driver())
                .put("driver_opts", f.driverOpts())
                .put("template_driver", f.templateDriver())
                .putExtensions(f.extensions())
                .toMap();
    }
}
