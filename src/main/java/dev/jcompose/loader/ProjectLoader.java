package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;

/** Placeholder for the lead's orchestrator; replaced at merge. */
public final class ProjectLoader {

    public LoadResult load(LoadRequest request) {
        throw new InvalidProjectException(Diagnostic.error(SourceLocation.UNKNOWN, YamlPath.ROOT,
                "the project loader is not available in this build"));
    }
}
