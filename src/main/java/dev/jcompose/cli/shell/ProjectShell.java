package dev.jcompose.cli.shell;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.Interrupts;
import dev.jcompose.cli.JcomposeCommand;
import dev.jcompose.cli.ProcessIo;
import dev.jcompose.cli.ProjectLoading;
import dev.jcompose.diag.DiagnosticFormatter;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The read-run loop of {@code jcompose shell}: reads a line with history and completion, runs it through the same
 * picocli command tree as the command line (the shell's global options first), prints what it prints, and goes on
 * whatever the command did. Ctrl-C while a command runs cancels that command only.
 */
final class ProjectShell {

    private static final List<String> LEAVE = List.of("exit", "quit");

    private final CliContext given;
    private CliContext context;
    private final JcomposeCommand global;
    private final List<String> globals;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ReloadingProjectLoading loader;
    private volatile Thread runningCommand;
    private volatile Thread shellThread;
    private final AtomicInteger cancels = new AtomicInteger();
    private String lastLoadProblem;
    /** Keys a terminal session read as it ended; typed for the shell's next line. */
    private final StringBuilder typedAhead = new StringBuilder();

    ProjectShell(CliContext context, JcomposeCommand global, List<String> globals, PrintWriter out, PrintWriter err) {
        this.global = global;
        this.globals = globals;
        this.out = out;
        this.err = err;
        this.given = context;
        this.loader = new ReloadingProjectLoading(context.loader());
        this.context = shellContext(context, loader, null, null);
    }

    /**
     * Commands in the shell load through the shell's loader, and exec/run get the shell's terminal. Standard input
     * is the shell's: {@code -f -} cannot read it and exec -T reads nothing from it.
     */
    private static CliContext shellContext(CliContext given, ProjectLoading loader, Terminal terminal,
            StringBuilder typedAhead) {
        ProcessIo io = given.io();
        boolean realTerminal = terminal != null && !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        ProcessIo shellIo = new ProcessIo(InputStream.nullInputStream(), io.out(), io.err(), realTerminal,
                realTerminal, realTerminal ? new TerminalTtySessions(terminal, typedAhead::append) : null);
        return new CliContext(given.environment(), given.workingDir(), ProjectShell::noStdin, loader, given.engines(),
                given.terminal(), shellIo);
    }

    int run() throws IOException {
        TerminalState before = TerminalState.save();
        try {
            return readAndRun();
        } finally {
            TerminalState.restore(before);
        }
    }

    private int readAndRun() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().name("jcompose").system(true).dumb(true).build();
             Interrupts.Registration cancel = Interrupts.onInterrupt(this::cancelRunningCommand)) {
            context = shellContext(given, loader, terminal, typedAhead);
            // JLine owns SIGINT while it reads a line; between lines it hands Ctrl-C to the command's own handling.
            terminal.handle(Terminal.Signal.INT, signal -> {
                // The terminal echoed ^C where the cursor was: what the command prints next starts on a new line.
                out.println();
                out.flush();
                Interrupts.interrupt();
            });
            LineReader reader = reader(terminal);
            while (true) {
                String line;
                try {
                    if (!typedAhead.isEmpty()) {
                        reader.runMacro(typedAhead.toString());
                        typedAhead.setLength(0);
                    }
                    line = reader.readLine(prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = words(reader.getParsedLine().words());
                if (words.isEmpty()) continue;
                if (LEAVE.contains(words.get(0)) && words.size() == 1) break;
                execute(words);
            }
        }
        return 0;
    }

    private LineReader reader(Terminal terminal) throws IOException {
        Path history = HistoryFile.in(context.environment());
        Files.createDirectories(history.getParent());
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[] {'\\'});
        return LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("jcompose")
                .parser(parser)
                .completer(new CommandCompleter(tree().getCommandSpec(), this::serviceNames, LEAVE))
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .build();
    }

    /** Runs one command line; its output and errors are printed by the command itself. */
    void execute(List<String> words) {
        if (words.get(0).equals("shell")) {
            err.println("error: already in the jcompose shell");
            err.flush();
            return;
        }
        List<String> args = new ArrayList<>(globals);
        args.addAll(ShellDefaults.apply(tree().getCommandSpec(), words));
        CommandLine cmd = tree();
        cancels.set(0);
        Thread worker = new Thread(() -> {
            try {
                cmd.execute(args.toArray(String[]::new));
            } catch (RuntimeException unexpected) {
                err.println("error: " + unexpected);
            }
        }, "jcompose-command");
        worker.setDaemon(true);
        shellThread = Thread.currentThread();
        runningCommand = worker;
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException secondCtrlC) {
            err.println("warning: the command did not stop; it goes on in the background and may still print");
        } finally {
            runningCommand = null;
            Thread.interrupted();
            out.flush();
            err.flush();
        }
        if (words.get(0).equals("help") && words.size() == 1) {
            out.println("In the shell: Tab completes, Ctrl-C cancels the running command, 'exit' or Ctrl-D leaves.");
            out.flush();
        }
    }

    private CommandLine tree() {
        return Cli.commandLine(context, out, err);
    }

    /**
     * Ctrl-C with no command's own handling: the first interrupts what the shell runs, a second stops waiting for a
     * command that does not react (one blocked on the engine) and gives the prompt back. Never the shell itself.
     */
    private void cancelRunningCommand() {
        Thread worker = runningCommand;
        if (worker == null) return;
        if (cancels.incrementAndGet() == 1) worker.interrupt();
        else shellThread.interrupt();
    }

    private String prompt() {
        LoadResult loaded = load();
        return loaded == null ? "jcompose> " : "jcompose(" + loaded.project().name() + ")> ";
    }

    private Collection<String> serviceNames() {
        LoadResult loaded = load();
        return loaded == null ? List.of() : loaded.project().services().keySet();
    }

    /** The project as the shell's options name it, reloaded when its files changed; null when it does not load. */
    private LoadResult load() {
        try {
            LoadResult r = loader.load(new LoadRequest(global.files(), global.projectName(), global.projectDirectory(),
                    global.envFiles(), global.profiles(), context.environment(), context.workingDir(), true,
                    ProjectShell::noStdin));
            lastLoadProblem = null;
            return r;
        } catch (InvalidProjectException e) {
            String problem = DiagnosticFormatter.format(e.diagnostics());
            if (!problem.equals(lastLoadProblem)) {
                err.print(problem);
                err.flush();
            }
            lastLoadProblem = problem;
            return null;
        }
    }

    private static List<String> words(List<String> parsed) {
        List<String> words = new ArrayList<>(parsed);
        words.removeIf(String::isEmpty);
        return words;
    }

    private static String noStdin() {
        throw new IllegalStateException("standard input belongs to the shell");
    }
}
