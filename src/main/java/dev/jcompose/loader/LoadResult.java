package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** Placeholder for the lead's LoadResult; replaced at merge. */
public record LoadResult(Project project, List<Diagnostic> warnings, SourceMap sourceMap, Set<String> allProfiles,
        LinkedHashMap<String, Object> configView) {
}
