package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.LogStream;
import dev.jcompose.engine.Subscription;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams the logs of several containers as whole lines, each handed to the sink with its container. Bytes are cut
 * into lines per container and stream, so interleaved output of two containers never mixes inside a line.
 */
public final class LogStreamer implements AutoCloseable {

    /** Receives one line (without its newline) of one container. */
    @FunctionalInterface
    public interface LineSink {
        void line(String container, String service, boolean stderr, String text);
    }

    public record Target(String container, String service) {
    }

    private final ContainerEngine engine;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ConcurrentHashMap<String, StringBuilder> partial = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> services = new ConcurrentHashMap<>();

    public LogStreamer(ContainerEngine engine) {
        this.engine = engine;
    }

    /**
     * Streams the targets' logs. Without {@code options.follow()} it returns when all were read; with it, the streams
     * stay open until {@link #close()}.
     */
    public void start(List<Target> targets, LogFilter filter, LineSink sink) {
        for (Target t : targets) follow(t, filter, sink);
    }

    /**
     * Streams one container's logs. With {@code filter.since()} set, lines stamped before it are dropped: the
     * engine takes whole seconds, so it would repeat the end of the second before.
     */
    public synchronized void follow(Target t, LogFilter filter, LineSink sink) {
        services.put(t.container(), t.service());
        Instant since = filter.since();
        LineSink target = since == null ? sink : exactlyFrom(since, filter.timestamps(), sink);
        LogOptions options = since == null ? filter.toEngine()
                : new LogOptions(filter.follow(), since, filter.until(), filter.tail(), true);
        subscriptions.add(engine.logs(t.container(), options,
                (stream, bytes) -> split(t, stream == LogStream.STDERR, bytes, target)));
    }

    /** Drops lines stamped before {@code since} and, unless asked for, the stamp the engine was asked to add. */
    private static LineSink exactlyFrom(Instant since, boolean keepStamp, LineSink sink) {
        return (container, service, stderr, text) -> {
            int space = text.indexOf(' ');
            Instant stamp = null;
            if (space > 0) {
                try {
                    stamp = Instant.parse(text.substring(0, space));
                } catch (DateTimeParseException notAStamp) {
                    stamp = null;
                }
            }
            if (stamp != null && stamp.isBefore(since)) return;
            sink.line(container, service, stderr, keepStamp || stamp == null ? text : text.substring(space + 1));
        };
    }

    private void split(Target t, boolean stderr, byte[] bytes, LineSink sink) {
        String key = t.container() + (stderr ? "/2" : "/1");
        StringBuilder buf = partial.computeIfAbsent(key, k -> new StringBuilder());
        synchronized (buf) {
            buf.append(new String(bytes, StandardCharsets.UTF_8));
            int nl;
            while ((nl = buf.indexOf("\n")) >= 0) {
                String line = buf.substring(0, nl);
                buf.delete(0, nl + 1);
                sink.line(t.container(), t.service(), stderr, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        }
    }

    /** Hands over what is left after the last newline of each stream (a last line without a newline). */
    public void flush(LineSink sink) {
        partial.forEach((key, buf) -> {
            synchronized (buf) {
                if (buf.length() > 0) {
                    String container = key.substring(0, key.length() - 2);
                    sink.line(container, services.get(container), key.endsWith("/2"), buf.toString());
                    buf.setLength(0);
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        for (Subscription s : subscriptions) s.close();
    }
}
