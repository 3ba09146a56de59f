package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineUnreachableException;

/** Connects through a connector, turning "no engine" into the application's own failure. */
final class Engines {

    private Engines() {
    }

    static ContainerEngine connect(EngineConnector connector) {
        try {
            return connector.connect();
        } catch (EngineUnreachableException e) {
            throw new EngineUnreachable(e.getMessage(), e);
        }
    }
}
