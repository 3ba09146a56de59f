package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;

/** Opens a connection to the container engine; wired in Main so that only it knows the adapter. */
@FunctionalInterface
public interface EngineConnector {
    ContainerEngine connect();
}
