package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.LogOptions;
import dev.jcompose.engine.LogStream;
import dev.jcompose.engine.Subscription;

import java.nio.charset.StandardCharsets;
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
        LogOptions options = filter.toEngine();
        for (Target t : targets) {
            services.put(t.container(), t.service());
            subscriptions.add(engine.logs(t.container(), options,
                    (stream, bytes) -> split(t, stream == LogStream.STDERR, bytes, sink)));
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
    public void close() {
        for (Subscription s : subscriptions) s.close();
    }
}
