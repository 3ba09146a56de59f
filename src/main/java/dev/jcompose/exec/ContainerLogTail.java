package dev.jcompose.exec;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.LogOptions;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The last lines a container printed, to show why it failed. */
public final class ContainerLogTail {
    public static final int LINES = 10;

    private ContainerLogTail() {
    }

    /** The last {@link #LINES} lines of stdout and stderr as they came; empty when the logs cannot be read. */
    public static List<String> of(ContainerEngine engine, String container) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            engine.logs(container, new LogOptions(false, null, null, LINES, false),
                    (stream, bytes) -> {
                        synchronized (out) {
                            out.writeBytes(bytes);
                        }
                    });
        } catch (EngineException e) {
            return List.of(); // the failure being reported matters more than its logs
        }
        List<String> lines;
        synchronized (out) {
            lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        }
        return lines.subList(Math.max(0, lines.size() - LINES), lines.size());
    }
}
