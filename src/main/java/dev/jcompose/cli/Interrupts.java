package dev.jcompose.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ctrl-C while a command works: the most recently registered action runs (the first Ctrl-C stops gracefully, a
 * second one, registered while stopping, kills). Without a registration Ctrl-C ends the process as usual.
 */
public final class Interrupts {

    /** Ends the registration; the previous one (if any) answers Ctrl-C again. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static final Deque<Runnable> ACTIONS = new ArrayDeque<>();
    private static boolean installed;

    private Interrupts() {
    }

    public static synchronized Registration onInterrupt(Runnable action) {
        install();
        ACTIONS.push(action);
        return () -> {
            synchronized (Interrupts.class) {
                ACTIONS.remove(action);
            }
        };
    }

    /**
     * What Ctrl-C does: runs the most recent registration, or ends the process. Public for the interactive shell,
     * whose terminal library takes over the SIGINT handler and hands the signal on here.
     */
    public static void interrupt() {
        Runnable action;
        synchronized (Interrupts.class) {
            action = ACTIONS.peek();
        }
        if (action == null) System.exit(ExitCodes.INTERRUPTED);
        else new Thread(action, "interrupt").start();
    }

    private static void install() {
        if (installed) return;
        installed = true;
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> interrupt());
        } catch (IllegalArgumentException | UnsupportedOperationException notOnThisPlatform) {
            // no SIGINT handler: Ctrl-C ends the JVM, and the next `up` repairs what was left
        }
    }
}
