package dev.jcompose.cli;

import dev.jcompose.app.ServiceAttach;
import dev.jcompose.app.StackContext;
import java.util.Optional;

/**
 * The TTY side of {@code exec}, {@code run} and {@code attach}: the terminal in raw mode, its size passed on, the raw stream. It is
 * provided to the command line through {@link ProcessIo#tty()}; without it both commands run as with {@code -T}.
 */
public interface TtySessions {

    /** Attaches this process's terminal to an exec created with a TTY; returns the command's exit code. */
    int exec(StackContext stack, String execId);

    /** Attaches this process's terminal to a created container that has a TTY, starts it; returns its exit code. */
    int run(StackContext stack, String containerId);

    /**
     * Shows {@code prompt} and reads the line typed after it, for a command's question ({@code rm}'s), where
     * standard input is not the terminal's (the shell's commands); empty = ask on standard input as usual.
     */
    default Optional<String> ask(String prompt) {
        return Optional.empty();
    }

    /**
     * Attaches this process's terminal to a running container that has a TTY; returns its exit code when it stops,
     * 0 when detached ({@code detachKeys}, null for the engine's default).
     */
    int attach(StackContext stack, ServiceAttach.Target target, String detachKeys);
}
