package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;

/**
 * Checks one compose file's raw tree (after interpolation, before normalisation) against the Compose Specification:
 * known attributes, types, every short and long syntax, and value grammars (ports, volumes, durations, byte sizes,
 * policies). Reports every problem, each at the offending node (an unknown attribute at its key).
 *
 * <p>It does not check what only the merged project can tell, such as a service having an image or a build.
 */
public final class SchemaValidator {

    static final String VERSION_OBSOLETE =
            "the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion";

    private SchemaValidator() {
    }

    public static void validate(MapNode fileRoot, Diagnostics diags) {
        if (fileRoot == null) return;
        if (fileRoot.has("version")) {
            diags.warning(fileRoot.keyLocation("version"), YamlPath.of("version"), VERSION_OBSOLETE);
        }
        ComposeSchema.ROOT.validate(fileRoot, YamlPath.ROOT, diags);
    }
}
