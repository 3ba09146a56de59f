package dev.jcompose.engine.docker;

import com.github.dockerjava.api.exception.DockerException;
import dev.jcompose.engine.ConflictException;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.NotFoundException;

import java.io.IOException;
import java.util.List;

/** Turns docker-java's exceptions into the port's: the engine's own message, by operation and object. */
final class EngineErrors {

    private EngineErrors() {
    }

    static EngineException translate(String operation, String object, RuntimeException e, Endpoint endpoint) {
        if (e instanceof EngineException already) {
            return already;
        }
        if (e instanceof DockerException de) {
            String message = engineMessage(de);
            return switch (de.getHttpStatus()) {
                case 404 -> new NotFoundException(operation, object, message, e);
                // the engine answers 403 for a network that still has endpoints: a clash with its state too
                case 403, 409 -> new ConflictException(operation, object, message, e);
                default -> new EngineException(operation, object, message, e);
            };
        }
        if (isConnectionFailure(e)) {
            return new EngineUnreachableException(List.of(endpoint.describe() + ": " + rootMessage(e)), e);
        }
        return new EngineException(operation, object, rootMessage(e), e);
    }

    /** docker-java formats "Status 404: {"message":"No such container: x"}"; keep only the engine's words. */
    static String engineMessage(DockerException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        return messageOf(text.replaceFirst("^Status \\d+: ", ""), e.getHttpStatus());
    }

    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a socket-level failure: refused, reset, closed before the answer (the engine went away mid-request)
            if (t instanceof java.net.SocketException || t instanceof java.nio.file.NoSuchFileException
                    || t instanceof java.nio.channels.ClosedChannelException
                    || (t instanceof IOException && t.getMessage() != null
                    && (t.getMessage().contains("No such file") || t.getMessage().contains("Connection refused")
                    || t.getMessage().contains("Connection reset") || t.getMessage().contains("Broken pipe")
                    || t.getMessage().contains("Permission denied")))) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    // --- exec-run ---

    /** The port's exception for an HTTP status the engine answered, as {@link #translate} maps docker-java's. */
    static EngineException forStatus(String operation, String object, int status, String message) {
        return switch (status) {
            case 404 -> new NotFoundException(operation, object, message, null);
            case 403, 409 -> new ConflictException(operation, object, message, null);
            default -> new EngineException(operation, object, message, null);
        };
    }

    /** The engine's message from an error body ({@code {"message":"..."}}), else the body, else the status. */
    static String messageOf(String body, int status) {
        String text = body == null ? "" : body.trim();
        if (text.startsWith("{")) {
            try {
                String message = JsonTree.string(JsonTree.at(JsonTree.parse(text), "message"));
                if (message != null) {
                    return message;
                }
            } catch (IOException ignored) {
                // not JSON after all: the raw body is the best message there is
            }
        }
        return text.isEmpty() ? "HTTP " + status : text;
    }
}
