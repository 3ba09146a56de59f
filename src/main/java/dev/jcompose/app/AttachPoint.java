package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.state.Labels;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an attached {@code up}'s output begins for each container, taken before the up changes anything: Docker
 * Compose attaches to the containers' output streams, so it shows what they print from then on, never what they
 * printed before. Each container's point is the engine's stamp of the last line it had printed, so neither the
 * host's clock nor the moment the engine records an exit (its last lines may be stamped after it) matters; a
 * container created later shows everything.
 */
public final class AttachPoint {

    private final Map<String, Instant> lastLine;

    private AttachPoint(Map<String, Instant> lastLine) {
        this.lastLine = lastLine;
    }

    /** The project's containers as they are now. */
    public static AttachPoint take(ContainerEngine engine, String project) {
        Map<String, Instant> last = new HashMap<>();
        for (ContainerSummary c : engine.listContainers(Map.of(Labels.PROJECT, project))) {
            Instant stamp = LogStreamer.lastLineStamp(engine, c.id());
            if (stamp != null) last.put(c.id(), stamp);
        }
        return new AttachPoint(last);
    }

    /** The part of a container's output that comes after this point, as a filter that follows it. */
    LogFilter filterFor(String containerId, LogFilter following) {
        Instant stamp = lastLine.get(containerId);
        return stamp == null ? following : following.from(stamp.plusNanos(1));
    }
}
