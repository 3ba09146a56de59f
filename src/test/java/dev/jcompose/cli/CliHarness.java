package dev.jcompose.cli;

import dev.jcompose.engine.ContainerEngine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs jcompose in-process against a given loader and captures what it prints. */
final class CliHarness {

    record Run(int exitCode, String out, String err) {
    }

    private final CliContext context;

    CliHarness(ProjectLoading loader, Path workingDir, Map<String, String> env) {
        this.context = new CliContext(env, workingDir, () -> "services: {}\n", loader);
    }

    CliHarness(ProjectLoading loader) {
        this(loader, Path.of("/work/project"), Map.of("COMPOSE_FILE", "from-env.yaml"));
    }

    /**
     * Runs jcompose in-process in {@code dir} on {@code engine}, with {@code stdin} (a terminal's when
     * {@code inIsTerminal}) and {@code tty} (null = none), stdout and stderr as byte streams, as the launcher has.
     */
    static Run onEngine(Path dir, ContainerEngine engine, byte[] stdin, boolean inIsTerminal, TtySessions tty,
                        String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        CliContext ctx = new CliContext(Map.of(), dir, () -> "", new DefaultProjectLoading(), () -> engine, false,
                new ProcessIo(new ByteArrayInputStream(stdin), out, err, inIsTerminal, false, tty));
        int code = Cli.run(args, ctx, outWriter, errWriter);
        outWriter.flush();
        errWriter.flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, context, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
