package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.model.Project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A loaded project.
 *
 * @param warnings    non-fatal diagnostics (unset variables, obsolete keys, ...), sorted
 * @param allProfiles every profile named by any service, active or not
 * @param view        the resolved model in the shape of {@code docker compose config}, made on first use
 *                    (commands that only validate or only run never pay for it)
 * @param environment the variables the project was interpolated with (the shell's over the env files'); build
 *                    args declared without a value take theirs from it, as Docker Compose's do
 */
public record LoadResult(Project project, List<Diagnostic> warnings, SourceMap sourceMap, Set<String> allProfiles,
                         Supplier<LinkedHashMap<String, Object>> view, Map<String, String> environment) {

    public LoadResult {
        environment = environment == null ? Map.of() : java.util.Collections.unmodifiableMap(environment);
    }

    public LoadResult(Project project, List<Diagnostic> warnings, SourceMap sourceMap, Set<String> allProfiles,
                      Supplier<LinkedHashMap<String, Object>> view) {
        this(project, warnings, sourceMap, allProfiles, view, Map.of());
    }

    public LoadResult(Project project, List<Diagnostic> warnings, SourceMap sourceMap, Set<String> allProfiles,
                      LinkedHashMap<String, Object> configView) {
        this(project, warnings, sourceMap, allProfiles, () -> configView);
    }

    /** The resolved model as plain values, in the shape and key order of {@code docker compose config}. */
    public LinkedHashMap<String, Object> configView() {
        return view.get();
    }
}
