package dev.jcompose.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GlobalOptionsTest {

    private final CliContext context = new CliContext(Map.of(), Path.of("/p"), () -> "", request -> {
        throw new AssertionError("parsing must not load a project");
    });

    private JcomposeCommand parse(String... args) {
        CommandLine cmd = Cli.commandLine(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        cmd.parseArgs(args);
        return cmd.getCommand();
    }

    @Test
    void dryRunIsAlsoTakenAfterTheVerbAsInDockerCompose() {
        assertTrue(parse("up", "-d", "--dry-run").dryRun());
        assertTrue(parse("down", "--dry-run").dryRun());
        assertFalse(parse("up", "-d").dryRun());
    }

    @Test
    void everyGlobalOptionIsParsed() {
        JcomposeCommand g = parse("-f", "a.yaml", "--file", "b.yaml", "-f", "-", "-p", "shop",
                "--project-directory", "/srv/shop", "--env-file", "one.env", "--env-file", "two.env",
                "--profile", "debug", "--profile", "*", "--progress", "plain", "--ansi", "never", "--dry-run",
                "--parallel", "4", "--stacktrace", "config");
        assertEquals(List.of("a.yaml", "b.yaml", "-"), g.files());
        assertEquals("shop", g.projectName());
        assertEquals("/srv/shop", g.projectDirectory());
        assertEquals(List.of("one.env", "two.env"), g.envFiles());
        assertEquals(List.of("debug", "*"), g.profiles());
        assertEquals(ProgressMode.PLAIN, g.progress());
        assertEquals(AnsiMode.NEVER, g.ansi());
        assertTrue(g.dryRun());
        assertEquals(4, g.parallel());
        assertTrue(g.stacktrace());
    }

    @Test
    void optionsNotGivenStayUnsetSoTheLoaderCanUseTheEnvironment() {
        JcomposeCommand g = parse("config");
        assertNull(g.files());
        assertNull(g.projectName());
        assertNull(g.projectDirectory());
        assertNull(g.envFiles());
        assertNull(g.profiles());
        assertNull(g.parallel());
        assertFalse(g.dryRun());
        assertFalse(g.stacktrace());
        assertNull(g.progress(), "COMPOSE_PROGRESS, else auto");
        assertNull(g.ansi(), "COMPOSE_ANSI, else auto");
    }

    @Test
    void equalsSignFormsAndEveryProgressModeAreAccepted() {
        for (String mode : List.of("auto", "tty", "plain", "json", "quiet")) {
            assertEquals(mode, parse("--progress=" + mode, "version").progress().toString());
        }
        assertEquals(List.of("x.yaml"), parse("--file=x.yaml", "version").files());
        assertEquals(AnsiMode.ALWAYS, parse("--ansi=always", "version").ansi());
    }

    @Test
    void aRepeatedSingleValueOptionKeepsTheLastValue() {
        assertEquals("second", parse("-p", "first", "-p", "second", "version").projectName());
    }
}
