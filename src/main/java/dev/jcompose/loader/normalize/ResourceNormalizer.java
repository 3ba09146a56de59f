package dev.jcompose.loader.normalize;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Top-level {@code networks}, {@code volumes}, {@code secrets} and {@code configs} entries: a null entry is an empty
 * mapping, the legacy {@code external: {name: N}} becomes {@code external: true} and {@code name: N}, labels become
 * a mapping, and a secret's or config's {@code file} becomes absolute, as does the {@code device} of a volume
 * that is a bind mount ({@code driver: local}, {@code o: bind}).
 */
final class ResourceNormalizer {

    private final HostPaths paths;

    ResourceNormalizer(HostPaths paths) {
        this.paths = paths;
    }

    Node normalizeAll(Node resources) {
        if (!(resources instanceof MapNode m)) return resources;
        List<MapNode.Entry> out = new ArrayList<>(m.size());
        for (MapNode.Entry e : m.entries()) {
            if (Trees.isExtension(e.name())) continue;
            out.add(new MapNode.Entry(e.key(), normalize(e.value())));
        }
        return m.withEntries(out);
    }

    private Node normalize(Node resource) {
        if (resource.isNull()) return new MapNode(List.of(), resource.location(), resource.tag());
        if (!(resource instanceof MapNode m)) return resource;
        MapNode out = m;
        if (out.get("external") instanceof MapNode external) {
            Node name = external.get("name");
            out = out.with("external", ScalarNode.bool(true, external.location()));
            if (name != null && !out.has("name")) {
                out = out.with(ScalarNode.string("name", external.keyLocation("name")), name);
            }
        }
        if (out.has("labels")) out = out.with("labels", KeyValues.nullsAsEmpty(KeyValues.toMap(out.get("labels"))));
        if (out.get("file") instanceof ScalarNode file && file.text() != null) {
            out = out.with("file", file.withText(paths.written(file.text())).withTag(file.tag()));
        }
        return bindDevice(out);
    }

    /** Compose resolves the device only when the driver is written {@code local} and {@code o} is exactly bind. */
    private MapNode bindDevice(MapNode resource) {
        if (!"local".equals(Nodes.text(resource.get("driver")))
                || !(resource.get("driver_opts") instanceof MapNode opts)
                || !"bind".equals(Nodes.text(opts.get("o")))
                || !(opts.get("device") instanceof ScalarNode device) || device.text() == null) {
            return resource;
        }
        return resource.with("driver_opts", opts.with("device", device.withText(paths.written(device.text()))));
    }
}
