package dev.jcompose.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureReportingTest {

    private static final YamlPath PORT = YamlPath.ROOT.key("services").key("web").key("ports").index(0);

    @Test
    void invalidProjectPrintsEveryDiagnosticAndExitsThree() {
        InvalidProjectException invalid = new InvalidProjectException(List.of(
                Diagnostic.error(SourceLocation.of("compose.yaml", 14, 9), PORT,
                        "\"80800\" is not a valid port (1-65535)"),
                Diagnostic.error(SourceLocation.of("compose.yaml", 20, 5),
                        YamlPath.ROOT.key("services").key("web").key("enviroment"), "unknown attribute",
                        "did you mean `environment`?")));
        CliHarness.Run run = new CliHarness(request -> {
            throw invalid;
        }).run("config");
        assertEquals(ExitCodes.INVALID_PROJECT, run.exitCode());
        assertEquals("compose.yaml:14:9: services.web.ports[0]: \"80800\" is not a valid port (1-65535)\n"
                + "compose.yaml:20:5: services.web.enviroment: unknown attribute\n"
                + "  hint: did you mean `environment`?\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void unexpectedFailureIsOneLineWithoutStackTrace() {
        CliHarness.Run run = new CliHarness(request -> {
            throw new UncheckedIOException("cannot read compose.yaml: permission denied", new java.io.IOException());
        }).run("config");
        assertEquals(ExitCodes.RUNTIME_FAILURE, run.exitCode());
        assertEquals("error: cannot read compose.yaml: permission denied\n", run.err());
    }

    @Test
    void stacktraceOptionAddsTheStackTrace() {
        CliHarness.Run run = new CliHarness(request -> {
            throw new IllegalStateException("boom");
        }).run("--stacktrace", "config");
        assertEquals(ExitCodes.RUNTIME_FAILURE, run.exitCode());
        assertTrue(run.err().startsWith("error: boom\njava.lang.IllegalStateException: boom\n"), run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void exceptionWithoutMessageIsNamedByItsType() {
        CliHarness.Run run = new CliHarness(request -> {
            throw new NullPointerException();
        }).run("config");
        assertEquals("error: NullPointerException\n", run.err());
        assertFalse(run.err().contains("\tat "));
    }

    @Test
    void exitCodesByFailure() {
        assertEquals(3, ExitCodes.of(new InvalidProjectException(List.of())));
        assertEquals(130, ExitCodes.of(new InterruptedException()));
        assertEquals(1, ExitCodes.of(new RuntimeException("x")));
        assertEquals(1, ExitCodes.of(new CommandFailedException("x")));
    }
}
