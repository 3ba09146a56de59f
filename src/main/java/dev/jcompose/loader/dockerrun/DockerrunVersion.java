package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;

/**
 * Which Dockerrun format a file is written in: {@code AWSEBDockerrunVersion} as a number or a string, or, when it is
 * missing, the format the file's shape shows ({@code containerDefinitions}: 2, {@code Image}: 1).
 */
final class DockerrunVersion {

    static final String KEY = "AWSEBDockerrunVersion";

    private DockerrunVersion() {
    }

    /** 1 or 2; 0 after reporting why the file cannot be read (version 3 included). */
    static int detect(MapNode root, Diagnostics diags) {
        MapNode.Entry entry = entry(root, KEY);
        if (entry == null || entry.value().isNull()) return inferred(root, diags);
        Node value = entry.value();
        YamlPath path = YamlPath.of(entry.name());
        // read quietly: an unreadable version gets the message below, not the generic "must be a number"
        Long v = JsonValues.integer(value, path, "a version number", new Diagnostics());
        if (v != null && (v == 1 || v == 2)) return v.intValue();
        if (v != null && v == 3) {
            diags.error(value.location(), path, "version 3 only carries registry authentication for a docker-compose.yml;"
                            + " the services belong in that compose file",
                    "run jcompose on the docker-compose.yml next to this file: jcompose -f docker-compose.yml ...");
            return 0;
        }
        String shown = value instanceof ScalarNode s ? "\"" + s.text() + "\"" : JsonValues.describe(value);
        diags.error(value.location(), path, shown + " is not a supported version (allowed: 1, 2, 3)");
        return 0;
    }

    private static int inferred(MapNode root, Diagnostics diags) {
        if (entry(root, "containerDefinitions") != null) {
            diags.warning(root.location(), YamlPath.ROOT,
                    "\"" + KEY + "\" is missing: read as version 2 because the file has \"containerDefinitions\"");
            return 2;
        }
        if (entry(root, "Image") != null) {
            diags.warning(root.location(), YamlPath.ROOT,
                    "\"" + KEY + "\" is missing: read as version 1 because the file has \"Image\"");
            return 1;
        }
        diags.error(root.location(), YamlPath.ROOT, "not a Dockerrun file: \"" + KEY + "\" is missing and there is"
                + " neither \"containerDefinitions\" (version 2) nor \"Image\" (version 1)");
        return 0;
    }

    /** The entry named {@code key}, matched case-insensitively as the readers of each version do. */
    static MapNode.Entry entry(MapNode root, String key) {
        MapNode.Entry exact = root.entry(key);
        if (exact != null) return exact;
        for (MapNode.Entry e : root.entries()) if (e.name().equalsIgnoreCase(key)) return e;
        return null;
    }
}
