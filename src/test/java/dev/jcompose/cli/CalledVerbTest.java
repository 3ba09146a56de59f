package dev.jcompose.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CalledVerbTest {

    private static Optional<String> verb(String... args) {
        return CalledVerb.find(args);
    }

    @Test
    void theGlobalOptionsTableIsTheRootCommandsOptions() {
        Map<String, Boolean> declared = new java.util.HashMap<>();
        for (java.lang.reflect.Field field : JcomposeCommand.class.getDeclaredFields()) {
            CommandLine.Option option = field.getAnnotation(CommandLine.Option.class);
            if (option == null || option.usageHelp() || option.versionHelp()) continue;
            boolean takesValue = field.getType() != boolean.class && field.getType() != Boolean.class;
            for (String name : option.names()) declared.put(name, takesValue);
        }
        assertEquals(declared, CalledVerb.GLOBAL_OPTIONS);
    }

    @Test
    void theFirstWordAfterTheGlobalOptions() {
        assertEquals(Optional.of("up"), verb("up", "-d"));
        assertEquals(Optional.of("ps"), verb("-f", "a.yaml", "-f", "b.yaml", "-p", "demo", "ps", "-a"));
        assertEquals(Optional.of("logs"), verb("--file=a.yaml", "--progress", "plain", "--dry-run", "logs"));
        assertEquals(Optional.of("down"), verb("-fa.yaml", "--profile", "debug", "--ansi", "never", "down"));
        assertEquals(Optional.of("config"), verb("--env-file", ".env.prod", "--project-directory", "x", "config"));
        assertEquals(Optional.of("up"), verb("--parallel", "3", "--stacktrace", "up"));
    }

    @Test
    void theFilesAndProjectDirectoryTheGlobalOptionsName() {
        CalledVerb.Call call = CalledVerb.call(new String[] {"-f", "a.yaml", "--file=b.yaml", "-fc.yaml",
                "--project-directory", "srv", "-p", "x", "up", "-f", "not-global"}).orElseThrow();
        assertEquals("up", call.verb());
        assertEquals(java.util.List.of("a.yaml", "b.yaml", "c.yaml"), call.files());
        assertEquals("srv", call.projectDirectory());
        assertEquals(Optional.empty(), CalledVerb.call(new String[] {"-f"}));
    }

    @Test
    void noneWhenThereIsNoVerbOrAnOptionItDoesNotKnow() {
        assertEquals(Optional.empty(), verb());
        assertEquals(Optional.empty(), verb("-f", "a.yaml"));
        assertEquals(Optional.empty(), verb("--no-such-option", "up"));
        assertEquals(Optional.empty(), verb("--", "up"));
        assertEquals(Optional.empty(), verb("--help"));
    }

    /** Every verb the whole tree has, called on its own, parses the same as with the whole tree. */
    @ParameterizedTest
    @ValueSource(strings = {"up", "down", "ps", "logs", "exec", "run", "create", "rm", "config", "version",
            "rollout", "rollback", "stats", "build"})
    void everyVerbOfTheWholeTreeIsFound(String name) {
        CommandLine tree = Cli.commandLine(new CliContext(Map.of(), Path.of("/"), () -> ""),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(Optional.of(name), verb("-p", "x", name));
        assertEquals(true, tree.getSubcommands().containsKey(name));
    }
}
