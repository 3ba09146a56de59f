package dev.jcompose.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionCommandTest {

    private final CliHarness cli = new CliHarness(request -> {
        throw new AssertionError("version must not load a project");
    });
    private final String version = VersionInfo.version();

    @Test
    void versionComesFromThePom() {
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }

    @Test
    void prettyByDefault() {
        CliHarness.Run run = cli.run("version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals("jcompose version " + version + "\n", run.out());
    }

    @Test
    void shortPrintsOnlyTheNumber() {
        assertEquals(version + "\n", cli.run("version", "--short").out());
    }

    @Test
    void jsonFormat() {
        assertEquals("{\"version\":\"" + version + "\"}\n", cli.run("version", "--format", "json").out());
        assertEquals("{\"version\":\"" + version + "\"}\n", cli.run("version", "-f", "JSON").out());
    }

    @Test
    void globalVersionFlagsMatchTheVerb() {
        assertEquals("jcompose version " + version + "\n", cli.run("--version").out());
        assertEquals("jcompose version " + version + "\n", cli.run("-v").out());
    }

    @Test
    void theFastPathAnswersExactlyAsThePicocliCommandDoes() {
        for (String[] args : new String[][]{{"version"}, {"version", "--short"}, {"version", "--format", "json"},
                {"version", "--format=json"}, {"version", "-f", "json"}, {"--version"}, {"-v"}}) {
            java.io.StringWriter out = new java.io.StringWriter();
            int code = Cli.commandLine(new CliContext(java.util.Map.of(), java.nio.file.Path.of("/"), () -> ""),
                    new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter())).execute(args);
            assertEquals(ExitCodes.OK, code);
            assertEquals(out.toString(), VersionFastPath.answer(args).orElseThrow() + System.lineSeparator(),
                    String.join(" ", args));
        }
        assertTrue(VersionFastPath.answer(new String[]{"version", "--help"}).isEmpty());
    }
}
