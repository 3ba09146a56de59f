package dev.jcompose.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsageErrorsTest {

    private final CliHarness cli = new CliHarness(request -> {
        throw new AssertionError("a usage error must not load a project");
    });

    @Test
    void unknownCommandSuggestsTheClosestOne() {
        CliHarness.Run run = cli.run("confg");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("error: unknown command \"confg\" for \"jcompose\"\n"
                + "  hint: did you mean `config`?\n"
                + "Run 'jcompose --help' for usage.\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownGlobalOptionSuggestsTheClosestOne() {
        CliHarness.Run run = cli.run("--profle=x", "config");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("error: unknown option \"--profle\" for \"jcompose\"\n"
                + "  hint: did you mean `--profile`?\n"), run.err());
    }

    @Test
    void unknownOptionOfAVerbPointsAtTheVerbsHelp() {
        CliHarness.Run run = cli.run("config", "--servces");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown option \"--servces\" for \"jcompose config\""), run.err());
        assertTrue(run.err().contains("did you mean `--services`?"), run.err());
        assertTrue(run.err().endsWith("Run 'jcompose config --help' for usage.\n"), run.err());
    }

    @Test
    void invalidEnumValueIsAUsageError() {
        CliHarness.Run run = cli.run("--ansi", "sometimes", "version");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains("sometimes"), run.err());
    }

    @Test
    void nonNumericParallelIsAUsageError() {
        assertEquals(ExitCodes.USAGE, cli.run("--parallel", "many", "version").exitCode());
    }

    @Test
    void listingFlagsOfConfigAreMutuallyExclusive() {
        CliHarness.Run run = cli.run("config", "--services", "--volumes");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("mutually exclusive"), run.err());
    }

    @Test
    void helpIsAvailableOnEveryVerbAndExitsZero() {
        for (String verb : new String[] {"config", "version"}) {
            CliHarness.Run run = cli.run(verb, "--help");
            assertEquals(ExitCodes.OK, run.exitCode());
            assertTrue(run.out().contains("Usage:  jcompose " + verb + " [OPTIONS]"), run.out());
        }
        CliHarness.Run root = cli.run("--help");
        assertEquals(ExitCodes.OK, root.exitCode());
        assertTrue(root.out().contains("Usage:  jcompose [OPTIONS] COMMAND"), root.out());
        assertTrue(root.out().contains("--project-directory=PATH"), root.out());
        assertTrue(root.out().contains("Run 'jcompose COMMAND --help'"), root.out());
    }

    @Test
    void noCommandPrintsTheUsage() {
        CliHarness.Run run = cli.run();
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("Commands:"), run.out());
        assertTrue(run.out().contains("config"), run.out());
    }
}
