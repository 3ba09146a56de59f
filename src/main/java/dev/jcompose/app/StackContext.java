package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.progress.ProgressListener;

/** What every engine use case needs: the engine, where progress goes, and how many engine calls may overlap. */
public record StackContext(ContainerEngine engine, ProgressListener progress, int parallelism) {

    public static StackContext connect(EngineConnector connector, ProgressListener progress, int parallelism) {
        return new StackContext(Engines.connect(connector), progress, parallelism);
    }
}
