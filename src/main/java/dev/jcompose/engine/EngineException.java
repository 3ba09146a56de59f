package dev.jcompose.engine;

/**
 * An engine call failed. Carries what was attempted ({@code operation}), on what ({@code object}) and the
 * engine's own words, so a person can read the message without a stack trace.
 */
public class EngineException extends RuntimeException {
    private final String operation;
    private final String object;
    private final String engineMessage;

    public EngineException(String operation, String object, String engineMessage, Throwable cause) {
        super(format(operation, object, engineMessage), cause);
        this.operation = operation;
        this.object = object;
        this.engineMessage = engineMessage;
    }

    public EngineException(String operation, String object, String engineMessage) {
        this(operation, object, engineMessage, null);
    }

    public String operation() {
        return operation;
    }

    /** The container, image, network… the call was about; may be empty for engine-wide calls. */
    public String object() {
        return object;
    }

    public String engineMessage() {
        return engineMessage;
    }

    private static String format(String operation, String object, String engineMessage) {
        String target = object == null || object.isEmpty() ? "" : " " + object;
        return operation + target + ": " + engineMessage;
    }
}
