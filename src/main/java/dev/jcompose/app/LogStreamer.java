package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.LogStream;
import dev.jcompose.engine.Subscription;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams the logs of several containers as whole lines, each handed to the sink with its container. Bytes are cut
 * into lines per container and stream, so interleaved output of two containers never mixes inside a line. The
 * engine stamps every line (the stamp is removed unless asked for): lines before {@code since} are dropped exactly
 * (the engine takes whole seconds), and how far a container's output has been read can be told.
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
    /** Per container: where its stamped lines go. */
    private final ConcurrentHashMap<String, LineSink> handlers = new ConcurrentHashMap<>();
    /** Per container, the stamp of the last line (or begun line) read; guarded by itself. */
    private final Map<String, Instant> readUpTo = new HashMap<>();

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

    /** Streams one container's logs. */
    public synchronized void follow(Target t, LogFilter filter, LineSink sink) {
        LineSink handler = stamped(filter.since(), filter.timestamps(), sink);
        services.put(t.container(), t.service());
        handlers.put(t.container(), handler);
        LogOptions options = new LogOptions(filter.follow(), filter.since(), filter.until(), filter.tail(), true);
        subscriptions.add(engine.logs(t.container(), options,
                (stream, bytes) -> split(t, stream == LogStream.STDERR, bytes, handler)));
    }

    /** Drops lines stamped before {@code since} and, unless asked for, the stamp the engine was asked to add. */
    private LineSink stamped(Instant since, boolean keepStamp, LineSink sink) {
        return (container, service, stderr, text) -> {
            Instant stamp = stampOf(text);
            if (stamp != null) read(container, stamp);
            if (stamp != null && since != null && stamp.isBefore(since)) return;
            sink.line(container, service, stderr, keepStamp || stamp == null ? text : text.substring(text.indexOf(' ') + 1));
        };
    }

    private static Instant stampOf(String text) {
        int space = text.indexOf(' ');
        if (space <= 0) return null;
        try {
            return Instant.parse(text.substring(0, space));
        } catch (DateTimeParseException notAStamp) {
            return null;
        }
    }

    private void read(String container, Instant stamp) {
        synchronized (readUpTo) {
            Instant before = readUpTo.get(container);
            if (before == null || stamp.isAfter(before)) readUpTo.put(container, stamp);
            readUpTo.notifyAll();
        }
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
            // A line without its newline yet (perhaps the last): its stamp counts as read.
            Instant begun = buf.length() > 0 ? stampOf(buf.toString()) : null;
            if (begun != null) read(t.container(), begun);
        }
    }

    /** The stamp of the last line of the container read so far, or null. */
    public Instant readUpTo(String container) {
        synchronized (readUpTo) {
            return readUpTo.get(container);
        }
    }

    /**
     * The stamp of the last line the container has printed so far (null if none, or its logs cannot be read): one
     * read of the engine's log, not followed.
     */
    public static Instant lastLineStamp(ContainerEngine engine, String container) {
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        try {
            engine.logs(container, new LogOptions(false, null, null, 1, true), (stream, bytes) -> last.writeBytes(bytes))
                    .close();
        } catch (RuntimeException unreadable) {
            return null;
        }
        return stampOf(last.toString(StandardCharsets.UTF_8));
    }

    /**
     * Waits (at most {@code atMost}) until the container's followed output has been read up to the line stamped
     * {@code last}, then hands over its last line without a newline. The engine ends the stream of an exited
     * container after its last bytes but the port does not say when; a line about the exit printed before the
     * container's last lines would be out of order.
     */
    public void settle(String container, Instant last, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (readUpTo) {
            while (last != null) {
                Instant read = readUpTo.get(container);
                long left = deadline - System.nanoTime();
                if ((read != null && !read.isBefore(last)) || left <= 0) break;
                readUpTo.wait(Math.max(1, left / 1_000_000));
            }
        }
        for (String stream : new String[]{"/1", "/2"}) {
            StringBuilder buf = partial.get(container + stream);
            if (buf != null) flush(container + stream, buf);
        }
    }

    /** Hands over what is left after the last newline of each stream (a last line without a newline). */
    public void flush() {
        partial.forEach(this::flush);
    }

    private void flush(String key, StringBuilder buf) {
        synchronized (buf) {
            if (buf.length() > 0) {
                String container = key.substring(0, key.length() - 2);
                LineSink handler = handlers.get(container);
                if (handler != null) handler.line(container, services.get(container), key.endsWith("/2"), buf.toString());
                buf.setLength(0);
            }
        }
    }

    @Override
    public synchronized void close() {
        for (Subscription s : subscriptions) s.close();
    }
}
