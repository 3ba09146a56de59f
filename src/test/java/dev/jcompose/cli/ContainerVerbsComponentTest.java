package dev.jcompose.cli;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.InMemoryEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** exec, run, cp, kill, pause, port and top through the CLI, in-process, over the in-memory engine. */
class ContainerVerbsComponentTest {

    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    private InMemoryEngine engine;

    @BeforeEach
    void project() throws Exception {
        Map<List<String>, InMemoryEngine.Program> programs = Map.of(
                List.of("sh", "-c", "exit 7"), new InMemoryEngine.Program(7, "", "failing\n"),
                List.of("greet"), new InMemoryEngine.Program(0, "hello\n", "note\n"));
        engine = new InMemoryEngine(programs::get).withStdinProgram(List.of("wc", "-l"), stdin ->
                new InMemoryEngine.Program(0, new String(stdin, StandardCharsets.UTF_8).split("\n", -1).length - 1
                        + "\n", ""));
        engine.addImage("busybox", Map.of());
        Files.writeString(dir.resolve("compose.yaml"), """
                name: demo
                services:
                  svc:
                    image: busybox
                    command: ["sleep", "300"]
                    ports: ["127.0.0.1:8080:80"]
                """);
    }

    private Run jc(byte[] stdin, String... args) {
        CliHarness.Run r = CliHarness.onEngine(dir, engine, stdin, false, null, args);
        return new Run(r.exitCode(), r.out(), r.err());
    }

    private Run jc(String... args) {
        return jc(new byte[0], args);
    }

    private List<ContainerSummary> oneOffs() {
        return engine.listContainers(Map.of("com.docker.compose.oneoff", "True"));
    }

    @Test
    void execPassesStdinExitCodesAndStreams() {
        assertEquals(0, jc("--progress", "quiet", "up", "-d").exitCode());
        Run count = jc("a\nb\n".getBytes(StandardCharsets.UTF_8), "exec", "-T", "svc", "wc", "-l");
        assertEquals(new Run(0, "2\n", ""), count);
        assertEquals(new Run(7, "", "failing\n"), jc("exec", "-T", "svc", "sh", "-c", "exit 7"));
        assertEquals(new Run(0, "hello\n", "note\n"), jc("exec", "svc", "greet"));
        Run wrongIndex = jc("exec", "--index", "3", "svc", "greet");
        assertEquals(1, wrongIndex.exitCode());
        assertTrue(wrongIndex.err().contains("service \"svc\" is not running container #3"), wrongIndex.err());
    }

    @Test
    void runMakesANamedOneOffAndPassesItsExitCode() {
        Run seven = jc("--progress", "quiet", "run", "svc", "sh", "-c", "exit 7");
        assertEquals(7, seven.exitCode(), seven.toString());
        ContainerSummary c = oneOffs().get(0);
        assertTrue(c.name().matches("demo-svc-run-[0-9a-f]{12}"), c.name());
        assertTrue(c.ports().stream().noneMatch(p -> p.isPublished()), "no ports unless asked");

        Run counted = jc("x\ny\nz\n".getBytes(StandardCharsets.UTF_8), "--progress", "quiet", "run", "--rm", "svc",
                "wc", "-l");
        assertEquals(new Run(0, "3\n", ""), counted);
        assertEquals(1, oneOffs().size(), "--rm removed the second one-off");

        Run detached = jc("--progress", "quiet", "run", "-d", "svc");
        assertEquals(0, detached.exitCode(), detached.toString());
        assertEquals("running", engine.inspectContainer(detached.out().strip()).state().status());
    }

    @Test
    void cpPortPauseKillAndTop() throws Exception {
        assertEquals(0, jc("--progress", "quiet", "up", "-d").exitCode());
        Files.writeString(dir.resolve("note.txt"), "kept\n");
        assertEquals(0, jc("--progress", "quiet", "cp", "note.txt", "svc:/note.txt").exitCode());
        assertEquals(0, jc("--progress", "quiet", "cp", "svc:/note.txt", "back.txt").exitCode());
        assertEquals("kept\n", Files.readString(dir.resolve("back.txt")));

        assertEquals(new Run(0, "127.0.0.1:8080\n", ""), jc("port", "svc", "80"));

        assertEquals(0, jc("--progress", "quiet", "pause").exitCode());
        assertEquals("paused", engine.inspectContainer("demo-svc-1").state().status());
        assertEquals(0, jc("--progress", "quiet", "unpause", "svc").exitCode());

        Run top = jc("top");
        assertEquals(List.of("SERVICE  #   UID   PID  PPID  C   STIME  TTY  TIME      CMD",
                "svc      1   root  1    0     0   00:00  ?    00:00:00  sleep 300"), top.out().lines().toList());

        assertEquals(0, jc("--progress", "quiet", "kill").exitCode());
        assertEquals("exited", engine.inspectContainer("demo-svc-1").state().status());
        assertTrue(jc("kill").err().contains("no container to kill"));
    }
}
