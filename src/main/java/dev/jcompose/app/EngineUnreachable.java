package dev.jcompose.app;

/** No container engine answered; the message lists what was tried. The CLI exits with code 4. */
public final class EngineUnreachable extends RuntimeException {

    public EngineUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
