package dev.jcompose.engine.docker;

import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.NotFoundException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One engine API request and its answer, over {@link EngineHttp}: JSON bodies in, {@link JsonTree} values out, and
 * every failure as the port's exception — the engine's refusal by its status, a lost connection as
 * {@link EngineUnreachableException}.
 */
final class EngineApi {
    private final EngineHttp http;
    private final Endpoint endpoint;

    EngineApi(EngineHttp http, Endpoint endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    EngineHttp http() {
        return http;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** The answer to a GET, as plain values. */
    Object get(String operation, String object, String path) {
        return exchange(operation, object, "GET", path, null);
    }

    /** The answer to a GET, or empty when the engine says there is no such thing. */
    Optional<Object> find(String operation, String object, String path) {
        try {
            return Optional.ofNullable(get(operation, object, path));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /** Sends a request and reads its JSON answer (null for an empty one, such as 204 or 304). */
    Object exchange(String operation, String object, String method, String path, byte[] jsonBody) {
        try (EngineHttp.Response answer = http.send(operation, object, method, path, jsonBody)) {
            return JsonTree.parse(answer.body());
        } catch (IOException e) {
            throw failure(operation, object, e);
        }
    }

    /** Sends a request whose answer says nothing beyond its status (204, or 304: the state holds already). */
    void call(String operation, String object, String method, String path, byte[] jsonBody) {
        try (EngineHttp.Response ignored = http.send(operation, object, method, path, jsonBody)) {
            // answered
        } catch (IOException e) {
            throw failure(operation, object, e);
        }
    }

    /** The port's exception for a request that got no answer. */
    EngineException failure(String operation, String object, IOException e) {
        if (EngineErrors.isConnectionFailure(e)) {
            return new EngineUnreachableException(List.of(endpoint.describe() + ": " + EngineErrors.rootMessage(e)), e);
        }
        return new EngineException(operation, object, EngineErrors.rootMessage(e), e);
    }

    /** A path segment or query value, percent-encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
