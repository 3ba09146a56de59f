package dev.jcompose.cli;

import dev.jcompose.app.EngineUnreachable;
import dev.jcompose.app.StackFailure;

import dev.jcompose.diag.DiagnosticFormatter;
import dev.jcompose.diag.InvalidProjectException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a command that failed: every diagnostic of an invalid project, or one {@code error:} line (and hint)
 * for anything else. A stack trace only with {@code --stacktrace}.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof InvalidProjectException invalid) {
            err.print(DiagnosticFormatter.format(invalid.diagnostics()));
        } else if (ex instanceof CommandFailedException failed) {
            err.println("error: " + failed.getMessage());
            if (failed.hint() != null) err.println("  hint: " + failed.hint());
        } else if (ex instanceof StackFailure failed) {
            err.println("error: " + failed.getMessage());
            failed.details().forEach(line -> err.println("  " + line));
        } else if (ExitCodes.isInterruption(ex)) {
            err.println("interrupted");
        } else {
            err.println("error: " + describe(ex));
        }
        if (EngineUnreachable.among(ex)) {
            err.println("  hint: start the Docker engine, or point DOCKER_HOST or the docker context at one");
        }
        if (parsed.hasMatchedOption("--stacktrace")) ex.printStackTrace(err);
        err.flush();
        return ExitCodes.of(ex);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
