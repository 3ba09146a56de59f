package dev.jcompose.cli.shell;

import dev.jcompose.app.ServiceAttach;
import dev.jcompose.app.StackContext;
import dev.jcompose.cli.TtySessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.ToIntFunction;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The command line's TTY sessions: this process's terminal, opened with JLine only when a session starts and closed
 * after it. Main creates this for every command; only {@code exec} or {@code run} on a terminal load a JLine class.
 */
public final class SystemTerminal implements TtySessions {

    private SystemTerminal() {
    }

    public static TtySessions sessions() {
        return new SystemTerminal();
    }

    @Override
    public int exec(StackContext stack, String execId) {
        return withTerminal(sessions -> sessions.exec(stack, execId));
    }

    @Override
    public int run(StackContext stack, String containerId) {
        return withTerminal(sessions -> sessions.run(stack, containerId));
    }

    @Override
    public int attach(StackContext stack, ServiceAttach.Target target, String detachKeys) {
        return withTerminal(sessions -> sessions.attach(stack, target, detachKeys));
    }

    private static int withTerminal(ToIntFunction<TtySessions> session) {
        TerminalState before = TerminalState.save();
        try (Terminal terminal = open()) {
            return session.applyAsInt(new TerminalTtySessions(terminal, lostWithTheProcess -> { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        } finally {
            TerminalState.restore(before);
        }
    }

    static Terminal open() throws IOException {
        return TerminalBuilder.builder().name("jcompose").system(true).build();
    }
}
