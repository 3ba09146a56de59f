package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.model.Project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * A loaded project.
 *
 * @param warnings    non-fatal diagnostics (unset variables, obsolete keys, ...), sorted
 * @param allProfiles every profile named by any service, active or not
 * @param configView  the resolved model in the shape of {@code docker compose config}, as plain values
 */
public record LoadResult(Project project, List<Diagnostic> warnings, SourceMap sourceMap, Set<String> allProfiles,
                         LinkedHashMap<String, Object> configView) {
}
