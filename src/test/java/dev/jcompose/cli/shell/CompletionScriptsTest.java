package dev.jcompose.cli.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed completion scripts are the ones the command tree makes now: a new verb or option shows up. */
class CompletionScriptsTest {

    @Test
    void committedScriptsMatchTheCommands() throws IOException {
        var generated = CompletionScripts.generate();
        assertEquals(List.of("jcompose.bash", "jcompose.zsh", "jcompose.fish"), List.copyOf(generated.keySet()));
        for (var e : generated.entrySet()) {
            Path committed = Path.of("completions", e.getKey());
            assertTrue(Files.exists(committed), committed + " is missing: run scripts/gen-completions.sh");
            assertEquals(e.getValue(), Files.readString(committed),
                    committed + " is out of date with the commands: run scripts/gen-completions.sh and commit");
        }
    }

    @Test
    void everyVerbAndItsOptionsAreInTheBashScript() {
        String bash = CompletionScripts.generate().get("jcompose.bash");
        assertTrue(bash.contains("_jcompose_commands='config up down ps logs"), bash);
        assertTrue(bash.contains(" shell'"), "shell is offered: " + bash);
        assertTrue(bash.contains("up) echo '-h --help -d --detach"), bash);
        assertTrue(bash.contains("'up --pull') echo 'words always missing never build'"), bash);
    }
}
