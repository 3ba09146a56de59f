package dev.jcompose;

import dev.jcompose.app.EngineConnector;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.docker.DockerJavaEngine;

/**
 * The Docker adapter behind the application's connector. A class of its own (not a method reference in Main) so
 * that commands which never reach the engine never load docker-java's classes.
 */
final class DockerEngineConnector implements EngineConnector {

    @Override
    public ContainerEngine connect() {
        return DockerJavaEngine.connect();
    }
}
