package dev.jcompose.engine.docker;

import com.github.dockerjava.api.exception.DockerException;
import dev.jcompose.engine.ConflictException;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.NotFoundException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class EngineErrorsTest {
    private static final Endpoint ENDPOINT = new Endpoint(URI.create("unix:///var/run/docker.sock"), false, null,
            "default socket");

    @Test
    void statusCodesMapToThePortsExceptionsWithTheEnginesMessage() {
        EngineException notFound = EngineErrors.translate("inspect container", "web",
                new DockerException("{\"message\":\"No such container: web\"}\n", 404), ENDPOINT);
        assertInstanceOf(NotFoundException.class, notFound);
        assertEquals("No such container: web", notFound.engineMessage());
        assertEquals("inspect container web: No such container: web", notFound.getMessage());

        assertInstanceOf(ConflictException.class, EngineErrors.translate("create container", "web",
                new DockerException("{\"message\":\"name in use\"}", 409), ENDPOINT));
        EngineException other = EngineErrors.translate("start container", "web",
                new DockerException("plain text failure", 500), ENDPOINT);
        assertEquals("plain text failure", other.engineMessage());
    }

    @Test
    void aRefusedConnectionIsUnreachableAndNamesTheEndpoint() {
        EngineException e = EngineErrors.translate("list containers", "",
                new RuntimeException(new IOException("Connection refused")), ENDPOINT);
        assertInstanceOf(EngineUnreachableException.class, e);
        assertEquals("connect: cannot reach a container engine; tried unix:///var/run/docker.sock (default socket): "
                + "Connection refused", e.getMessage());
    }
}
