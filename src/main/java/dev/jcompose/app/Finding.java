package dev.jcompose.app;

/**
 * One result of {@code doctor}: what was checked, what was found, and (for a problem) what to do about it.
 *
 * @param fix null when there is nothing to fix
 */
public record Finding(Status status, String check, String message, String fix) {

    public enum Status {
        /** as it should be */
        OK,
        /** worth knowing, not in the way of {@code up} (an image to pull, a directory to be created) */
        NOTE,
        /** {@code up} would fail or misbehave */
        PROBLEM
    }

    public static Finding ok(String check, String message) {
        return new Finding(Status.OK, check, message, null);
    }

    public static Finding note(String check, String message) {
        return new Finding(Status.NOTE, check, message, null);
    }

    public static Finding problem(String check, String message, String fix) {
        return new Finding(Status.PROBLEM, check, message, fix);
    }
}
