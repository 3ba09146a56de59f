package dev.jcompose.engine;

import java.util.List;

/** No engine answered. The message lists every endpoint that was tried and why each failed. */
public class EngineUnreachableException extends EngineException {
    private final List<String> attempts;

    /** @param attempts one line per endpoint tried, e.g. {@code unix:///var/run/docker.sock (default socket): Connection refused} */
    public EngineUnreachableException(List<String> attempts, Throwable cause) {
        super("connect", "", "cannot reach a container engine; tried " + String.join("; ", attempts), cause);
        this.attempts = List.copyOf(attempts);
    }

    public List<String> attempts() {
        return attempts;
    }
}
