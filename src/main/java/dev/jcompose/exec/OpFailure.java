package dev.jcompose.exec;

import dev.jcompose.plan.Op;

import java.util.List;

/**
 * An op that failed: {@code message} says what failed, on what, and the engine's words; {@code lastLogLines} holds
 * the container's last output lines when a container exited or went unhealthy (empty otherwise); {@code cause} is the
 * engine's exception, when there was one (null otherwise).
 */
public record OpFailure(Op op, String message, List<String> lastLogLines, Throwable cause) {
    public OpFailure {
        lastLogLines = lastLogLines == null ? List.of() : List.copyOf(lastLogLines);
    }

    public OpFailure(Op op, String message, List<String> lastLogLines) {
        this(op, message, lastLogLines, null);
    }
}
