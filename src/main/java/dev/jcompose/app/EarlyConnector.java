package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts connecting to the engine at once, on another thread, and hands the connection over when asked: setting
 * up the engine's client takes about as long as loading the project, and neither needs the other.
 */
public final class EarlyConnector implements EngineConnector {

    private final CompletableFuture<ContainerEngine> pending;
    private volatile boolean claimed;

    private EarlyConnector(EngineConnector connector) {
        this.pending = CompletableFuture.supplyAsync(connector::connect);
    }

    public static EarlyConnector start(EngineConnector connector) {
        if (connector instanceof EarlyConnector already) return already;
        return new EarlyConnector(connector);
    }

    @Override
    public ContainerEngine connect() {
        claimed = true;
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** A command that ended before it needed the engine (a usage error, --help) leaves no open client behind. */
    public void closeIfUnclaimed() {
        if (claimed) return;
        pending.thenAccept(engine -> {
            try {
                engine.close();
            } catch (Exception ignored) {
                // nothing was done with it
            }
        });
    }
}
