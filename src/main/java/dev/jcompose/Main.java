package dev.jcompose;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.DefaultProjectLoading;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The process entry point: wires the real environment into the CLI. The only place that calls System.exit. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CliContext context = new CliContext(System.getenv(), Path.of("").toAbsolutePath(), Main::readStdin,
                new DefaultProjectLoading(), new DockerEngineConnector(System.getenv()), System.console() != null);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, context, out, err));
    }

    private static String readStdin() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
