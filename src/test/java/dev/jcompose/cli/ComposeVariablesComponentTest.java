package dev.jcompose.cli;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.InMemoryEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Docker Compose's COMPOSE_* variables, from the shell and from the project's .env, in-process over the in-memory engine. */
class ComposeVariablesComponentTest {

    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    private InMemoryEngine engine;

    @BeforeEach
    void project() throws Exception {
        engine = new InMemoryEngine(command -> null);
        engine.addImage("busybox", Map.of());
        compose("svc", "old");
    }

    private void compose(String... services) throws Exception {
        StringBuilder b = new StringBuilder("name: demo\nservices:\n");
        for (String s : services) b.append("  ").append(s).append(":\n    image: busybox\n    command: [\"sleep\", \"300\"]\n");
        Files.writeString(dir.resolve("compose.yaml"), b.toString());
    }

    private void dotEnv(String text) throws Exception {
        Files.writeString(dir.resolve(".env"), text);
    }

    private Run jc(Map<String, String> shell, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(shell, dir, () -> "", new DefaultProjectLoading(), () -> engine, false);
        int code = Cli.run(args, ctx, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> containers() {
        return engine.listContainers(Map.of("com.docker.compose.project", "demo")).stream()
                .map(ContainerSummary::name).sorted().toList();
    }

    @Test
    void progressFromTheShellOnlyAsDockerComposeReadsItBeforeTheEnvFile() throws Exception {
        Run json = jc(Map.of("COMPOSE_PROGRESS", "json"), "up", "-d");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.err().startsWith("{"), json.err());
        dotEnv("COMPOSE_PROGRESS=json\n");
        Run plain = jc(Map.of(), "stop");
        assertFalse(plain.err().contains("{"), plain.err());
        assertTrue(plain.err().contains("Container demo-svc-1  Stopped"), plain.err());
        Run quiet = jc(Map.of("COMPOSE_PROGRESS", "none"), "start");
        assertEquals(new Run(0, "", ""), quiet);
        Run flagWins = jc(Map.of("COMPOSE_PROGRESS", "json"), "--progress", "quiet", "stop");
        assertEquals(new Run(0, "", ""), flagWins);
    }

    @Test
    void progressValuesAreCheckedAgainstTheAnsiMode() {
        Run bogus = jc(Map.of("COMPOSE_PROGRESS", "bogus"), "up", "-d");
        assertEquals(1, bogus.exitCode());
        assertTrue(bogus.err().contains("unsupported --progress value \"bogus\""), bogus.err());
        Run tty = jc(Map.of("COMPOSE_PROGRESS", "tty", "COMPOSE_ANSI", "never"), "up", "-d");
        assertEquals(1, tty.exitCode());
        assertTrue(tty.err().contains("can't use --progress tty while ANSI support is disabled"), tty.err());
        Run plain = jc(Map.of("COMPOSE_ANSI", "always"), "--progress", "plain", "up", "-d");
        assertEquals(1, plain.exitCode());
        assertTrue(plain.err().contains("can't use --progress plain while ANSI support is forced"), plain.err());
    }

    @Test
    void ansiFromTheEnvFileForcesTheLiveDisplayAndTheFlagWins() throws Exception {
        dotEnv("COMPOSE_ANSI=always\n");
        Run forced = jc(Map.of(), "up", "-d");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.err().contains("\u001b["), forced.err());
        Run never = jc(Map.of(), "--ansi", "never", "stop");
        assertFalse(never.err().contains("\u001b["), never.err());
        Run shellWins = jc(Map.of("COMPOSE_ANSI", "never"), "start");
        assertFalse(shellWins.err().contains("\u001b["), shellWins.err());
    }

    @Test
    void statusToStdoutMovesTheProgress() {
        Run run = jc(Map.of("COMPOSE_STATUS_STDOUT", "1"), "up", "-d");
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Container demo-svc-1  Started"), run.out());
    }

    @Test
    void removeOrphansFromTheEnvFileOnUpAndDown() throws Exception {
        assertEquals(0, jc(Map.of(), "up", "-d").exitCode());
        compose("svc");
        assertEquals(0, jc(Map.of(), "up", "-d").exitCode());
        assertEquals(List.of("demo-old-1", "demo-svc-1"), containers(), "orphans stay by default");
        dotEnv("COMPOSE_REMOVE_ORPHANS=true\n");
        assertEquals(0, jc(Map.of(), "up", "-d").exitCode());
        assertEquals(List.of("demo-svc-1"), containers());

        compose("svc", "old");
        dotEnv("");
        assertEquals(0, jc(Map.of(), "up", "-d").exitCode());
        compose("svc");
        jc(Map.of("COMPOSE_REMOVE_ORPHANS", "0"), "down");
        assertEquals(List.of("demo-old-1"), containers(), "the orphan stays (and keeps the network)");
        assertEquals(0, jc(Map.of("COMPOSE_REMOVE_ORPHANS", "1"), "down").exitCode());
        assertEquals(List.of(), containers());
    }

    @Test
    void ignoreOrphansSilencesTheWarningAndCannotBeCombinedWithRemoving() throws Exception {
        assertEquals(0, jc(Map.of(), "up", "-d").exitCode());
        compose("svc");
        Run warned = jc(Map.of(), "up", "-d");
        assertTrue(warned.err().contains("Found orphan containers ([demo-old-1]) for this project. If you removed or "
                + "renamed this service in your compose file, you can run this command with the --remove-orphans flag "
                + "to clean it up."), warned.err());
        assertEquals(1, warned.err().split("Found orphan", -1).length - 1, "once: " + warned.err());
        dotEnv("COMPOSE_IGNORE_ORPHANS=1\n");
        Run ignored = jc(Map.of(), "up", "-d");
        assertEquals(0, ignored.exitCode(), ignored.err());
        assertFalse(ignored.err().contains("orphan"), ignored.err());
        Run both = jc(Map.of(), "up", "-d", "--remove-orphans");
        assertEquals(1, both.exitCode());
        assertTrue(both.err().contains("cannot combine COMPOSE_IGNORE_ORPHANS and --remove-orphans"), both.err());
        assertEquals(1, jc(Map.of("COMPOSE_REMOVE_ORPHANS", "y"), "up", "-d").exitCode());
        assertEquals(0, jc(Map.of(), "up", "-d").exitCode());
        assertEquals(List.of("demo-old-1", "demo-svc-1"), containers());
    }

    @Test
    void parallelLimitFromAnEnvFileNamedWithEnvFile() throws Exception {
        Files.writeString(dir.resolve("other.env"), "COMPOSE_PARALLEL_LIMIT=many\n");
        Run run = jc(Map.of(), "--env-file", "other.env", "up", "-d");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("COMPOSE_PARALLEL_LIMIT must be a number, got \"many\""), run.err());
        Run listed = jc(Map.of("COMPOSE_ENV_FILES", "other.env"), "up", "-d");
        assertEquals(1, listed.exitCode(), listed.err());
    }

    @Test
    void disableEnvFileSkipsTheProjectDotEnv() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "name: demo\nservices:\n  svc:\n    image: ${IMAGE:-busybox}\n");
        dotEnv("IMAGE=other\nCOMPOSE_PARALLEL_LIMIT=many\n");
        assertTrue(jc(Map.of(), "config").out().contains("image: other"));
        Run disabled = jc(Map.of("COMPOSE_DISABLE_ENV_FILE", "true"), "config");
        assertTrue(disabled.out().contains("image: busybox"), disabled.out());
        assertEquals(0, jc(Map.of("COMPOSE_DISABLE_ENV_FILE", "1"), "up", "-d").exitCode());
    }
}
