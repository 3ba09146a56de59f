package dev.jcompose.cli;

import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.interpolate.Variables;
import java.util.Map;

/** Turns the command line's project options into a loaded project; tests substitute their own. */
@FunctionalInterface
public interface ProjectLoading {

    /** @throws dev.jcompose.diag.InvalidProjectException when the files do not make a valid project */
    LoadResult load(LoadRequest request);

    /** The variables the project's files use, by name ({@code config --variables}); none unless a loader reads them. */
    default Map<String, Variables.Variable> variables(LoadRequest request) {
        return Map.of();
    }
}
