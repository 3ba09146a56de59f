package dev.jcompose.app;

import java.util.List;

/**
 * A command's work failed on the engine. The message says what failed, on what and why; the details are the
 * further lines a person needs (the other failures, what was skipped, a container's last log lines).
 */
public final class StackFailure extends RuntimeException {

    private final List<String> details;

    public StackFailure(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}
