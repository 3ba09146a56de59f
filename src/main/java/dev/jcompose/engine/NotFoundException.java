package dev.jcompose.engine;

/** The object a call named does not exist on the engine. */
public class NotFoundException extends EngineException {
    public NotFoundException(String operation, String object, String engineMessage, Throwable cause) {
        super(operation, object, engineMessage, cause);
    }

    public NotFoundException(String operation, String object, String engineMessage) {
        this(operation, object, engineMessage, null);
    }
}
