package dev.jcompose.app;

import dev.jcompose.engine.EngineUnreachableException;

/** No container engine answered; the message lists what was tried. The CLI exits with code 4. */
public final class EngineUnreachable extends RuntimeException {

    public EngineUnreachable(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether {@code failure} comes from an engine that did not answer: at the start of a command, or one that went
     * away in its middle (an engine call that could not connect, anywhere in the causes).
     */
    public static boolean among(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EngineUnreachable || t instanceof EngineUnreachableException) return true;
        }
        return false;
    }
}
