package dev.jcompose.cli;

/** A command could not do what was asked, for a reason the user can act on; printed without a stack trace. */
public final class CommandFailedException extends RuntimeException {

    private final String hint;

    public CommandFailedException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public CommandFailedException(String message) {
        this(message, null);
    }

    /** A suggestion such as "did you mean `web`?", or null. */
    public String hint() {
        return hint;
    }
}
