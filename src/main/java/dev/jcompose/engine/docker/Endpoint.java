package dev.jcompose.engine.docker;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the engine is and how to talk to it. {@code certPath} holds ca.pem, cert.pem and key.pem when
 * {@code tlsVerify}; {@code source} says how the endpoint was chosen, for error messages.
 */
public record Endpoint(URI host, boolean tlsVerify, Path certPath, String source) {
    public String describe() {
        return host + " (" + source + ")";
    }
}
