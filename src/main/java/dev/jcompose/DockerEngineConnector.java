package dev.jcompose;

import dev.jcompose.app.EngineConnector;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.docker.DockerEngine;
import dev.jcompose.engine.docker.EndpointResolver;
import dev.jcompose.engine.docker.RegistryCredentials;

import java.util.Map;

/**
 * The Docker adapter behind the application's connector. A class of its own (not a method reference in Main) so
 * that commands which never reach the engine never load docker-java's classes.
 */
final class DockerEngineConnector implements EngineConnector {

    private final Map<String, String> environment;

    /** @param environment where DOCKER_HOST, DOCKER_CONTEXT & co. are read from */
    DockerEngineConnector(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public ContainerEngine connect() {
        return DockerEngine.connect(EndpointResolver.forEnvironment(environment).resolve(),
                () -> RegistryCredentials.forEnvironment(environment));
    }
}
