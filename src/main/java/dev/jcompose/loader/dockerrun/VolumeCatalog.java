package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The task's {@code volumes}: a volume with {@code host.sourcePath} is a bind mount of that host path, any other a
 * named volume managed by the engine. Also answers for the log volumes Elastic Beanstalk provides without a
 * declaration ({@code awseb-logs-<container>}), which become named volumes here.
 */
final class VolumeCatalog {

    static final String EB_LOG_VOLUME_PREFIX = "awseb-logs-";

    private static final Keys VOLUME = Keys.of("name", "host", "dockerVolumeConfiguration")
            .ignoring("efsVolumeConfiguration", "EFS volumes are AWS-only; a named volume is used instead")
            .ignoring("fsxWindowsFileServerVolumeConfiguration", "FSx volumes are AWS-only; a named volume is used instead")
            .ignoring("configuredAtLaunch", "no local equivalent");
    private static final Keys HOST = Keys.of("sourcePath");
    private static final Keys DOCKER_VOLUME = Keys.of("driver", "driverOpts", "labels")
            .ignoring("scope", "named volumes outlive their containers here, like \"shared\" scope")
            .ignoring("autoprovision", "named volumes are always created when missing");

    /** A declared volume; {@code sourcePath} null means a named volume, then {@code definition} holds its options. */
    record Volume(String name, SourceLocation nameLocation, ScalarNode sourcePath, MapNode definition) {
        boolean isBind() {
            return sourcePath != null;
        }
    }

    private final Map<String, Volume> byName = new LinkedHashMap<>();
    private final Map<String, SourceLocation> usedNamed = new LinkedHashMap<>();

    static VolumeCatalog read(JsonObject root, Diagnostics diags) {
        VolumeCatalog c = new VolumeCatalog();
        SeqNode list = root.array("volumes");
        if (list == null) return c;
        for (int i = 0; i < list.size(); i++) {
            JsonObject v = JsonObject.of(list.get(i), root.pathOf("volumes").index(i), VOLUME, diags);
            if (v != null) c.add(v, diags);
        }
        return c;
    }

    private void add(JsonObject v, Diagnostics diags) {
        String name = v.requiredString("name");
        if (name == null) return;
        Volume previous = byName.get(name);
        if (previous != null) {
            diags.error(v.get("name").location(), v.pathOf("name"),
                    "\"" + name + "\" is already defined at " + previous.nameLocation());
            return;
        }
        JsonObject host = v.object("host", HOST);
        ScalarNode source = host == null ? null : host.text("sourcePath");
        byName.put(name, new Volume(name, v.get("name").location(), source, namedDefinition(v)));
    }

    private static MapNode namedDefinition(JsonObject v) {
        ComposeMap def = new ComposeMap(v.location());
        JsonObject docker = v.object("dockerVolumeConfiguration", DOCKER_VOLUME);
        if (docker != null) {
            def.put("driver", docker.keyLocation("driver"), docker.text("driver"));
            def.put("driver_opts", docker.keyLocation("driverOpts"), StringMaps.of(docker, "driverOpts"));
            def.put("labels", docker.keyLocation("labels"), StringMaps.of(docker, "labels"));
        }
        return def.build();
    }

    Volume get(String name) {
        return byName.get(name);
    }

    Set<String> names() {
        return byName.keySet();
    }

    /** Records that a named volume is mounted, so that it is declared at the top level of the compose tree. */
    void markUsed(String name, SourceLocation where) {
        usedNamed.putIfAbsent(name, where);
    }

    /** The compose top-level {@code volumes}: every declared named volume, then the log volumes in use; or null. */
    MapNode topLevel(SourceLocation at) {
        ComposeMap m = new ComposeMap(at);
        for (Volume v : byName.values()) {
            if (!v.isBind()) m.put(v.name(), v.nameLocation(), v.definition());
        }
        usedNamed.forEach((name, where) -> {
            if (!byName.containsKey(name)) m.put(name, where, MapNode.empty(where));
        });
        return m.isEmpty() ? null : m.build();
    }

    static boolean isEbLogVolume(String name) {
        return name.startsWith(EB_LOG_VOLUME_PREFIX);
    }
}
