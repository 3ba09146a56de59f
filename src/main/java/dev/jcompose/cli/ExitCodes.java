package dev.jcompose.cli;

import dev.jcompose.diag.InvalidProjectException;

/** The process exit codes, as documented in the README, and which failure maps to which. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int RUNTIME_FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID_PROJECT = 3;
    public static final int ENGINE_UNREACHABLE = 4;
    /** 128 + SIGINT, what a shell reports for a process stopped by Ctrl-C. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /** The exit code for a failure that escaped a command. Usage errors never get here: picocli reports them. */
    public static int of(Throwable failure) {
        if (failure instanceof InvalidProjectException invalid) {
            // no files at all is not an invalid project: Docker Compose exits 1
            return dev.jcompose.loader.ProjectLoader.isNoFilesFound(invalid) ? RUNTIME_FAILURE : INVALID_PROJECT;
        }
        if (isInterruption(failure)) return INTERRUPTED;
        if (dev.jcompose.app.EngineUnreachable.among(failure)) return ENGINE_UNREACHABLE;
        return RUNTIME_FAILURE;
    }

    /**
     * Whether a failure is Ctrl-C cancelling the command (in the shell, the command's thread is interrupted): an
     * interrupted wait, or an engine call whose connection the interrupt closed.
     */
    public static boolean isInterruption(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException
                    || t instanceof java.nio.channels.ClosedByInterruptException
                    || t instanceof java.util.concurrent.CancellationException) {
                return true;
            }
        }
        return false;
    }
}
