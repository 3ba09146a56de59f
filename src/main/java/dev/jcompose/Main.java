package dev.jcompose;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.DefaultProjectLoading;
import dev.jcompose.cli.DockerCliPlugin;
import dev.jcompose.cli.ProcessIo;
import dev.jcompose.cli.ProjectReadAhead;
import dev.jcompose.cli.shell.ShellCommand;
import dev.jcompose.cli.shell.SystemTerminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The process entry point: wires the real environment into the CLI. The only place that calls System.exit. */
public final class Main {

    private Main() {
    }

    public static void main(String[] commandLine) {
        useDefaultSelectorProvider();
        DockerCliPlugin.Invocation invocation = DockerCliPlugin.invocation(commandLine, System.getenv());
        String[] args = invocation.args();
        Map<String, String> environment = invocation.environment();
        Path workingDir = Path.of("").toAbsolutePath();
        ProjectReadAhead.start(args, workingDir, environment);
        ProcessIo io = new ProcessIo(System.in, System.out, System.err, isTerminal(0), isTerminal(1),
                SystemTerminal.sessions());
        CliContext context = context(environment, workingDir, io, System.console() != null);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, context, out, err));
    }

    /**
     * Names the JDK's own selector provider, so that opening the first socket channel (the engine's unix socket)
     * does not look for other providers in every jar on the class path: that search cost 25 ms of each command's
     * start (async-profiler, {@code ps}). Linux only, where the JDK's provider is the epoll one.
     */
    private static void useDefaultSelectorProvider() {
        String property = "java.nio.channels.spi.SelectorProvider";
        if (System.getProperty(property) == null && System.getProperty("os.name", "").startsWith("Linux")) {
            System.setProperty(property, "sun.nio.ch.EPollSelectorProvider");
        }
    }

    /** The process's wiring: the real loader, the Docker adapter, standard input read on demand. */
    static CliContext context(Map<String, String> environment, Path workingDir, ProcessIo io, boolean console) {
        return new CliContext(environment, workingDir, Main::readStdin, new DefaultProjectLoading(),
                new DockerEngineConnector(environment), console, io);
    }

    /** One command line, with the commands that live outside the CLI package ({@code shell}) available. */
    static int run(String[] args, CliContext context, PrintWriter out, PrintWriter err) {
        return Cli.run(args, context, out, err, tree -> ShellCommand.addTo(tree, context));
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
