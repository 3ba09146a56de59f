package dev.jcompose;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.DefaultProjectLoading;
import dev.jcompose.cli.ProcessIo;
import dev.jcompose.cli.shell.ShellCommand;
import dev.jcompose.cli.shell.SystemTerminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process entry point: wires the real environment into the CLI. The only place that calls System.exit. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ProcessIo io = new ProcessIo(System.in, System.out, System.err, isTerminal(0), isTerminal(1),
                SystemTerminal.sessions());
        CliContext context = new CliContext(System.getenv(), Path.of("").toAbsolutePath(), Main::readStdin,
                new DefaultProjectLoading(), new DockerEngineConnector(System.getenv()), System.console() != null, io);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, context, out, err, tree -> ShellCommand.addTo(tree, context)));
    }

    /** Whether file descriptor {@code fd} is a terminal: on Linux its /proc link names a tty device. */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private static String readStdin() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
