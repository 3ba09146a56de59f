package dev.jcompose.cli;

import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectLoader;

/**
 * The real loader, behind a class of its own so that commands which never load a project (version, help)
 * never load the loader's classes either.
 */
public final class DefaultProjectLoading implements ProjectLoading {

    @Override
    public LoadResult load(LoadRequest request) {
        return new ProjectLoader().load(request);
    }
}
