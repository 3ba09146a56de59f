package dev.jcompose.cli;

import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.loader.interpolate.Variables;
import java.util.Map;

/**
 * The real loader, behind a class of its own so that commands which never load a project (version, help)
 * never load the loader's classes either.
 */
public final class DefaultProjectLoading implements ProjectLoading {

    @Override
    public LoadResult load(LoadRequest request) {
        return new ProjectLoader().load(request);
    }

    @Override
    public Map<String, Variables.Variable> variables(LoadRequest request) {
        return new ProjectLoader().variables(request);
    }
}
