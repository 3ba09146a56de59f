package dev.jcompose.cli;

import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;

/** Turns the command line's project options into a loaded project; tests substitute their own. */
@FunctionalInterface
public interface ProjectLoading {

    /** @throws dev.jcompose.diag.InvalidProjectException when the files do not make a valid project */
    LoadResult load(LoadRequest request);
}
