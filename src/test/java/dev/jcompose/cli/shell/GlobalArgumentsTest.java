package dev.jcompose.cli.shell;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The options given before {@code shell} come back as arguments that mean the same to every command. */
class GlobalArgumentsTest {

    @Test
    void givesBackEachGlobalOptionAsTyped() {
        CliContext context = new CliContext(Map.of(), Path.of("/"), () -> "");
        CommandLine tree = Cli.commandLine(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        ShellCommand.addTo(tree, context);
        CommandLine.ParseResult parsed = tree.parseArgs("-f", "a.yaml", "--file=b.yaml", "-p", "demo", "--dry-run",
                "--progress", "plain", "--profile", "debug", "shell");
        assertEquals(List.of("--file", "a.yaml", "--file", "b.yaml", "--project-name", "demo", "--dry-run",
                "--progress", "plain", "--profile", "debug"), GlobalArguments.of(parsed));
    }
}
