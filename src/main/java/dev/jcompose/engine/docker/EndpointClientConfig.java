package dev.jcompose.engine.docker;

import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.AuthConfigurations;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.core.SSLConfig;

import java.net.URI;

/**
 * docker-java's client configuration for an endpoint {@link EndpointResolver} already chose. docker-java's own
 * {@code DefaultDockerClientConfig} re-reads the Docker config files and system properties on every build (about
 * a third of a second of a command's start-up) and could override the resolver's choice; this needs neither.
 * Registry credentials are not given here: nothing pulls through this configuration's defaults.
 */
final class EndpointClientConfig implements DockerClientConfig {

    private final Endpoint endpoint;
    private final RemoteApiVersion apiVersion;

    EndpointClientConfig(Endpoint endpoint, RemoteApiVersion apiVersion) {
        this.endpoint = endpoint;
        this.apiVersion = apiVersion;
    }

    @Override
    public URI getDockerHost() {
        return endpoint.host();
    }

    @Override
    public RemoteApiVersion getApiVersion() {
        return apiVersion;
    }

    @Override
    public String getRegistryUsername() {
        return null;
    }

    @Override
    public String getRegistryPassword() {
        return null;
    }

    @Override
    public String getRegistryEmail() {
        return null;
    }

    @Override
    public String getRegistryUrl() {
        return null;
    }

    @Override
    public AuthConfig effectiveAuthConfig(String imageName) {
        return null;
    }

    @Override
    public AuthConfigurations getAuthConfigurations() {
        return new AuthConfigurations();
    }

    @Override
    public SSLConfig getSSLConfig() {
        return endpoint.tlsVerify() ? new LocalDirectorySSLConfig(endpoint.certPath().toString()) : null;
    }
}
