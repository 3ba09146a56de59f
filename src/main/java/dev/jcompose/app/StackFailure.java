package dev.jcompose.app;

import java.util.List;

/**
 * A command's work failed on the engine. The message says what failed, on what and why; the details are the
 * further lines a person needs (the other failures, what was skipped, a container's last log lines).
 */
public final class StackFailure extends RuntimeException {

    private final List<String> details;

    public StackFailure(String message, List<String> details) {
        this(message, details, null);
    }

    /** @param cause what made the engine fail, when the command's exit code depends on it (the engine went away) */
    public StackFailure(String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}
