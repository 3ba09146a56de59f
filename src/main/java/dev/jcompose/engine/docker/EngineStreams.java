package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.EngineApi.encode;

import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.LogSink;
import dev.jcompose.engine.Subscription;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The engine's long answers: a container's logs and the event stream. A finite one is read on the caller's thread;
 * a followed one on a daemon thread of its own, until the engine ends it or the subscription is closed (which closes
 * the connection under the reader).
 */
final class EngineStreams {
    static final String RAW_STREAM = "application/vnd.docker.raw-stream";
    static final String MULTIPLEXED_STREAM = "application/vnd.docker.multiplexed-stream";
    private final EngineApi api;

    EngineStreams(EngineApi api) {
        this.api = api;
    }

    Subscription logs(String idOrName, LogOptions options, LogSink sink) {
        StringBuilder path = new StringBuilder("/containers/").append(encode(idOrName))
                .append("/logs?stdout=1&stderr=1&follow=").append(options.follow() ? 1 : 0)
                .append("&timestamps=").append(options.timestamps() ? 1 : 0);
        if (options.tail() != null) path.append("&tail=").append(options.tail());
        if (options.since() != null) path.append("&since=").append(seconds(options.since()));
        if (options.until() != null) path.append("&until=").append(seconds(options.until()));
        String operation = "logs of container";
        EngineHttp.Response answer = open(operation, idOrName, path.toString());
        if (!options.follow()) {
            try (answer) {
                copyLogs(answer.header("Content-Type"), answer.body(), sink);
            } catch (IOException e) {
                throw api.failure(operation, idOrName, e);
            }
            return () -> {
            };
        }
        String contentType = answer.header("Content-Type");
        return follow("jcompose-logs", answer, in -> copyLogs(contentType, in, sink), failure -> {
        });
    }

    Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener,
                        Consumer<EngineException> onEnd) {
        EngineHttp.Response answer = open("events", "", "/events?" + EngineReads.labelFilter(labelFilter));
        return follow("jcompose-events", answer,
                in -> JsonTree.each(in, e -> listener.accept(event(e))),
                failure -> onEnd.accept(failure == null
                        ? new EngineException("events", "", "the engine closed the event stream")
                        : api.failure("events", "", failure)));
    }

    private EngineHttp.Response open(String operation, String object, String path) {
        try {
            return api.http().send(operation, object, "GET", path, null);
        } catch (IOException e) {
            throw api.failure(operation, object, e);
        }
    }

    /** Reads in the background; {@code onUnexpectedEnd} hears (once, null = a clean end) of an end we did not ask. */
    private static Subscription follow(String thread, EngineHttp.Response answer, StreamReader reader,
                                       Consumer<IOException> onUnexpectedEnd) {
        AtomicBoolean closed = new AtomicBoolean();
        Thread t = new Thread(() -> {
            IOException failure = null;
            try {
                reader.read(answer.body());
            } catch (IOException e) {
                failure = e;
            } finally {
                closeQuietly(answer);
            }
            if (closed.compareAndSet(false, true)) onUnexpectedEnd.accept(failure);
        }, thread);
        t.setDaemon(true);
        t.start();
        return () -> {
            closed.set(true);
            closeQuietly(answer);
        };
    }

    @FunctionalInterface
    private interface StreamReader {
        void read(InputStream in) throws IOException;
    }

    /**
     * Frames when the container has no terminal, its raw output when it has one. An engine from API 1.42 says which
     * in the content type; an older one is told apart by the first byte, which in a frame is the stream's number
     * (0, 1 or 2) and in a terminal's output is text (a terminal's output starting with such a byte is misread).
     */
    static void copyLogs(String contentType, InputStream body, LogSink sink) throws IOException {
        if (contentType != null && contentType.startsWith(RAW_STREAM)) {
            StreamFrames.raw(body, sink);
            return;
        }
        if (contentType != null && contentType.startsWith(MULTIPLEXED_STREAM)) {
            StreamFrames.demultiplex(body, sink);
            return;
        }
        BufferedInputStream in = new BufferedInputStream(body);
        in.mark(1);
        int first = in.read();
        if (first < 0) return;
        in.reset();
        if (first <= 2) StreamFrames.demultiplex(in, sink);
        else StreamFrames.raw(in, sink);
    }

    /** Seconds since the epoch with nanoseconds, as the engine reads {@code since} and {@code until}. */
    private static String seconds(Instant t) {
        return t.getEpochSecond() + "." + String.format("%09d", t.getNano());
    }

    static EngineEvent event(Object e) {
        String action = JsonTree.string(JsonTree.at(e, "Action"));
        String id = JsonTree.string(JsonTree.at(e, "Actor", "ID"));
        long nanos = JsonTree.number(JsonTree.at(e, "timeNano"), -1);
        Instant time = nanos >= 0 ? Instant.ofEpochSecond(0, nanos)
                : Instant.ofEpochSecond(JsonTree.number(JsonTree.at(e, "time"), 0));
        return new EngineEvent(JsonTree.text(JsonTree.at(e, "Type")),
                action != null ? action : JsonTree.text(JsonTree.at(e, "status")),
                id != null ? id : JsonTree.text(JsonTree.at(e, "id")),
                JsonTree.strings(JsonTree.at(e, "Actor", "Attributes")), time);
    }

    private static void closeQuietly(EngineHttp.Response answer) {
        try {
            answer.close();
        } catch (IOException ignored) {
            // the connection is gone either way
        }
    }
}
