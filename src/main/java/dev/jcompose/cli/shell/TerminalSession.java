package dev.jcompose.cli.shell;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.util.function.Consumer;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * This process's terminal lent to a container's for one command: raw mode, keys copied in, output copied out, the
 * window size set at the start and after every SIGWINCH, and the terminal's own settings and signal handler put back
 * exactly as they were when the command ends, fails, or the connection to the engine breaks.
 */
final class TerminalSession {

    private final Terminal terminal;
    private final Consumer<String> typedAhead;

    /** @param typedAhead gets keys typed as the command ended, read by the session but meant for what comes next */
    TerminalSession(Terminal terminal, Consumer<String> typedAhead) {
        this.terminal = terminal;
        this.typedAhead = typedAhead;
    }

    int attach(TtyTarget target) {
        Attributes cooked = terminal.getAttributes();
        TerminalState exact = TerminalState.save();
        // Standard input itself, not closed afterwards: the terminal JLine opened is the one on it.
        KeyStream keys = new KeyStream(new FileInputStream(FileDescriptor.in));
        Terminal.SignalHandler previousWinch = terminal.handle(Terminal.Signal.WINCH, signal -> resize(target));
        terminal.flush();
        try {
            terminal.setAttributes(RawMode.of(cooked));
            return target.start(keys, terminal.output(), () -> resize(target));
        } finally {
            keys.close(); // still in raw mode: the session's last read comes back within the read timeout
            String ahead = keys.typedAhead();
            if (!ahead.isEmpty()) typedAhead.accept(ahead);
            terminal.setAttributes(cooked);
            TerminalState.restore(exact);
            terminal.handle(Terminal.Signal.WINCH, previousWinch);
            terminal.flush();
        }
    }

    /** The container's window follows ours; a resize that fails (the command just ended) changes nothing. */
    private void resize(TtyTarget target) {
        Size size = terminal.getSize();
        if (size.getRows() <= 0 || size.getColumns() <= 0) return;
        try {
            target.resize(size.getRows(), size.getColumns());
        } catch (RuntimeException endedMeanwhile) {
            // the session reports how the command ended
        }
    }
}
