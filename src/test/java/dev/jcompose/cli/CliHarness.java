package dev.jcompose.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, context, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
