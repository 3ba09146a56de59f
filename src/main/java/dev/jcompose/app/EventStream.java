package dev.jcompose.app;

import dev.jcompose.engine.EngineEvent;
import dev.jcompose.engine.Subscription;
import dev.jcompose.state.Labels;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** {@code events}: the project's container events as they happen, as Docker Compose reports them. */
public final class EventStream {

    /** A container event; {@code attributes} are the engine's, without the {@code com.docker.compose.*} labels, sorted. */
    public record Event(Instant time, String service, String container, String action, Map<String, String> attributes) {
    }

    private final StackContext ctx;

    public EventStream(StackContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Delivers the events of the project's containers (not one-off ones) of {@code services} (empty = all) until the
     * subscription is closed.
     */
    public Following follow(String project, Set<String> services, Consumer<Event> consumer) {
        Subscription subscription = ctx.engine().events(Map.of(Labels.PROJECT, project), e -> {
            Event event = toEvent(e, services);
            if (event != null) consumer.accept(event);
        });
        return subscription::close;
    }

    /** Events keep coming until this is closed. */
    public interface Following extends AutoCloseable {
        @Override
        void close();
    }

    static Event toEvent(EngineEvent e, Set<String> services) {
        if (!"container".equals(e.type())) return null;
        if (Labels.TRUE.equals(e.attributes().get(Labels.ONEOFF))) return null;
        String service = e.attributes().getOrDefault(Labels.SERVICE, "");
        if (!services.isEmpty() && !services.contains(service)) return null;
        Map<String, String> attributes = new TreeMap<>();
        e.attributes().forEach((k, v) -> {
            if (!k.startsWith("com.docker.compose.")) attributes.put(k, v);
        });
        return new Event(e.time(), service, e.id(), e.action(), attributes);
    }
}
