package dev.jcompose.cli.shell;

import dev.jcompose.app.ServiceAttach;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.TtyAttach;
import dev.jcompose.cli.TtySessions;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** {@code exec}, {@code run} and {@code attach} with a terminal, on a JLine terminal that is already open (the shell's). */
final class TerminalTtySessions implements TtySessions {

    private final Terminal terminal;
    private final Consumer<String> typedAhead;

    TerminalTtySessions(Terminal terminal, Consumer<String> typedAhead) {
        this.terminal = terminal;
        this.typedAhead = typedAhead;
    }

    @Override
    public int exec(StackContext stack, String execId) {
        TtyAttach attach = new TtyAttach(stack);
        return new TerminalSession(terminal, typedAhead).attach(new TtyTarget() {
            @Override
            public int start(InputStream keys, OutputStream screen, Runnable onStarted) {
                return attach.exec(execId, keys, screen, onStarted);
            }

            @Override
            public void resize(int rows, int columns) {
                attach.resizeExec(execId, rows, columns);
            }
        });
    }

    /** The shell's commands have no standard input: the question is asked on the shell's terminal. */
    @Override
    public Optional<String> ask(String prompt) {
        try {
            return Optional.of(LineReaderBuilder.builder().terminal(terminal).build().readLine(prompt));
        } catch (UserInterruptException | EndOfFileException noAnswer) {
            return Optional.of("");
        }
    }

    @Override
    public int run(StackContext stack, String containerId) {
        TtyAttach attach = new TtyAttach(stack);
        return new TerminalSession(terminal, typedAhead).attach(new TtyTarget() {
            @Override
            public int start(InputStream keys, OutputStream screen, Runnable onStarted) {
                return attach.run(containerId, keys, screen, onStarted);
            }

            @Override
            public void resize(int rows, int columns) {
                attach.resizeContainer(containerId, rows, columns);
            }
        });
    }

    @Override
    public int attach(StackContext stack, ServiceAttach.Target target, String detachKeys) {
        ServiceAttach attach = new ServiceAttach(stack);
        return new TerminalSession(terminal, typedAhead).attach(new TtyTarget() {
            @Override
            public int start(InputStream keys, OutputStream screen, Runnable onStarted) {
                return attach.attachTty(target, keys, screen, detachKeys, onStarted);
            }

            @Override
            public void resize(int rows, int columns) {
                attach.resize(target, rows, columns);
            }
        });
    }
}
