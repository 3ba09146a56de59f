package dev.jcompose.engine;

/** The call clashes with the engine's state: a name already in use, an object still in use, a wrong state. */
public class ConflictException extends EngineException {
    public ConflictException(String operation, String object, String engineMessage, Throwable cause) {
        super(operation, object, engineMessage, cause);
    }

    public ConflictException(String operation, String object, String engineMessage) {
        this(operation, object, engineMessage, null);
    }
}
