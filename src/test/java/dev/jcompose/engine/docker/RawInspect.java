package dev.jcompose.engine.docker;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A container's inspect document exactly as the engine writes it (compact JSON), for tests that check what the
 * engine holds rather than what the adapter reads from it.
 */
public final class RawInspect {

    private RawInspect() {
    }

    public static String json(DockerEngine engine, String container) {
        EngineHttp http = new EngineHttp(engine.endpoint(), engine.info().negotiatedApiVersion());
        try (EngineHttp.Response r = http.send("inspect container", container, "GET",
                "/containers/" + container + "/json", null)) {
            return r.bodyText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
