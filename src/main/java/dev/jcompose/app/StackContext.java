package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.progress.ProgressListener;

/** What every engine use case needs: the engine, where progress goes, and how many engine calls may overlap. */
public record StackContext(ContainerEngine engine, ProgressListener progress, int parallelism) {

    public static StackContext connect(EngineConnector connector, ProgressListener progress, int parallelism) {
        return new StackContext(Engines.connect(connector), progress, parallelism);
    }

    /**
     * The same stack for {@code --dry-run}: an engine that reads but changes nothing ({@link DryRunEngine}), and
     * every progress line marked {@code DRY-RUN MODE - } as Docker Compose marks them.
     */
    public StackContext dryRun() {
        if (dryRunning()) return this;
        ProgressListener marked = new DryRunProgress(progress);
        return new StackContext(new DryRunEngine(engine, marked), marked, parallelism);
    }

    /** Whether this stack only pretends: work outside the engine (writing files on the host) is left undone too. */
    public boolean dryRunning() {
        return engine instanceof DryRunEngine;
    }
}
