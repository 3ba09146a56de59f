package dev.jcompose.cli.shell;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Tab offers in the shell, for a line typed up to its end. */
class CommandCompleterTest {

    private final CommandSpec root = Cli.commandLine(new CliContext(Map.of(), Path.of("/"), () -> ""),
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).getCommandSpec();
    private final CommandCompleter completer = new CommandCompleter(root, () -> List.of("web", "worker"),
            List.of("exit"));

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).filter(v -> v.startsWith(lastWord(line))).sorted().toList();
    }

    private static String lastWord(String line) {
        return line.endsWith(" ") ? "" : line.substring(line.lastIndexOf(' ') + 1);
    }

    @Test
    void descriptionsAreHelpsFirstLineWithoutPicocliMarkup() {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse("", 0, Parser.ParseContext.COMPLETE), candidates);
        Candidate help = candidates.stream().filter(c -> c.value().equals("help")).findFirst().orElseThrow();
        assertEquals("When no COMMAND is given, the usage help for the main command is displayed.", help.descr());
        candidates.clear();
        completer.complete(null, new DefaultParser().parse("kill --sig", 10, Parser.ParseContext.COMPLETE), candidates);
        assertEquals("SIGNAL to send to the container (default \"SIGKILL\")", candidates.stream()
                .filter(c -> c.value().equals("--signal")).findFirst().orElseThrow().descr());
        for (Candidate c : candidates) assertTrue(c.descr() == null || !c.descr().contains("%n"), c.descr());
    }

    @Test
    void verbsAndTheShellsOwnWords() {
        List<String> all = complete("");
        assertTrue(all.containsAll(List.of("up", "down", "ps", "logs", "config", "help", "exit")), all.toString());
        assertEquals(List.of("restart"), complete("re"));
    }

    @Test
    void optionsOfTheCommandTyped() {
        assertEquals(List.of("--detach"), complete("up --de"));
        assertEquals(List.of("--dry-run"), complete("--dr"));
    }

    @Test
    void serviceNamesFromTheProjectAsArgumentsAndOptionValues() {
        assertEquals(List.of("web", "worker"), complete("logs -f w"));
        assertEquals(List.of("web"), complete("up -d --exit-code-from we"));
        assertEquals(List.of("web=", "worker="), complete("up --scale "));
        assertEquals(List.of(), complete("version "));
    }

    @Test
    void fixedValuesOfAnOption() {
        assertEquals(List.of("auto", "json", "plain", "quiet", "tty"), complete("--progress "));
        assertEquals(List.of("--pull=missing"), complete("up --pull=mi"));
    }
}
