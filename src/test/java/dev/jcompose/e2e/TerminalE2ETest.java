package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import dev.jcompose.testing.Launcher;
import dev.jcompose.testing.Tmux;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jcompose shell} and {@code exec} on a real pseudo-terminal (tmux), against the real engine: what a person
 * types, what the screen shows, and the terminal's settings before and after.
 */
class TerminalE2ETest {

    private static DockerEngine engine;

    @TempDir
    Path dir;

    @TempDir
    Path home;

    @BeforeAll
    static void connect() {
        engine = Stack.engineOrSkip();
    }

    @AfterAll
    static void disconnect() {
        if (engine != null) engine.close();
    }

    private static final String COMPOSE = """
            services:
              app:
                image: jcompose-test/busybox:latest
                command: ["sh", "-c", "echo app-is-up; trap 'exit 0' TERM; sleep 300 & wait"]
              db:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
            """;

    /** The terminal as a person has it: sh in the project directory, jcompose on PATH, a home of its own. */
    private Tmux terminal(Stack s) throws Exception {
        return terminal(s.dir, s.project, System.getenv("DOCKER_HOST"));
    }

    private Tmux terminal(Path projectDir, String project, String dockerHost) throws Exception {
        Path bin = home.resolve("bin");
        Launcher.write(bin);
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("COMPOSE_PROJECT_NAME", project);
        if (dockerHost != null) env.put("DOCKER_HOST", dockerHost);
        Tmux t = Tmux.start(projectDir, env, 100, 30);
        t.await("sh to start", screen -> !screen.isBlank());
        t.typeLine("PS1='pane$ '");
        t.await("the pane's prompt", screen -> Tmux.lastLine(screen).equals("pane$"));
        return t;
    }

    private static String prompt(Stack s) {
        return "jcompose(" + s.project + ")> ";
    }

    /** Waits until the shell shows its prompt once more than {@code before} times, ready for a line. */
    private static String awaitPrompt(Tmux t, Stack s, int before) throws Exception {
        return t.await("the jcompose prompt", screen -> Tmux.count(screen, prompt(s)) > before
                && Tmux.lastLine(screen).equals(prompt(s).stripTrailing()));
    }

    @Test
    void shellCompletesAServiceExecsIntoItAndComesBackToASaneTerminal() throws Exception {
        try (Stack s = new Stack(dir, "jcterm-shell", engine); Tmux t = terminal(s)) {
            s.write("compose.yaml", COMPOSE);
            s.ok("up", "-d");
            // stty -g leaves out the line discipline (c_line), which JLine's native library writes garbage into
            t.typeLine("stty -g > before.stty; stty -a | grep -o 'line = [0-9]*' >> before.stty; jcompose shell;"
                    + " echo shell-exit-$?; stty -g > after.stty; stty -a | grep -o 'line = [0-9]*' >> after.stty");
            awaitPrompt(t, s, 0);

            // Tab completes the service name from the loaded project; exec with no command opens sh.
            t.type("exec ap");
            t.press("Tab");
            t.await("the completed service name", screen -> Tmux.lastLine(screen).endsWith("exec app"));
            t.press("Enter");
            t.await("the container's shell", screen -> Tmux.lastLine(screen).equals("/ #"));

            t.typeLine("echo hello-$((6*7))");
            t.await("the command's output", screen -> screen.contains("\nhello-42"));

            String size = t.size();
            t.typeLine("stty size");
            t.await("the window size inside", screen -> screen.contains("\n" + size + "\n"));
            // The container's shell polls its own size; the window is resized while it does.
            t.typeLine("old=$(stty size); while [ \"$(stty size)\" = \"$old\" ]; do sleep 0.1; done; echo now $(stty size)");
            t.resize(90, 20);
            t.await("the new window size inside", screen -> screen.contains("\nnow 20 90\n"));

            // Ctrl-C goes to the container: it stops sleep, and the session goes on.
            t.typeLine("sleep 120");
            t.await("sleep to run", screen -> Tmux.lastLine(screen).endsWith("sleep 120"));
            t.press("C-c");
            t.typeLine("test -f /.dockerenv && echo inside-$((2+3))");
            t.await("a command in the container after Ctrl-C", screen -> screen.contains("\ninside-5"),
                    Duration.ofSeconds(20));

            t.typeLine("exit");
            awaitPrompt(t, s, 1);

            // Back in the shell the terminal is cooked again: while a command runs, it echoes and edits lines.
            t.typeLine("logs -f app");
            t.await("the logs", screen -> screen.contains("app-is-up"));
            String settings = stty(t.tty());
            assertTrue(settings.contains(" icanon ") && settings.contains(" echo ") && settings.contains(" isig "),
                    settings);
            t.press("C-c");
            awaitPrompt(t, s, 2);

            t.press("C-d");
            t.await("the shell to end", screen -> screen.contains("\nshell-exit-0"));
            t.await("the settings to be written", screen -> Tmux.lastLine(screen).equals("pane$"));
            assertEquals(Files.readString(s.dir.resolve("before.stty")), Files.readString(s.dir.resolve("after.stty")),
                    "the terminal's settings are exactly as before the shell");
            assertTrue(Files.readString(home.resolve(".local/state/jcompose/history")).contains("exec app"),
                    "history is kept");
        }
    }

    @Test
    void execOnATerminalFromTheCommandLinePassesTheExitCodeAndRestoresTheTerminal() throws Exception {
        try (Stack s = new Stack(dir, "jcterm-cli", engine); Tmux t = terminal(s)) {
            s.write("compose.yaml", COMPOSE);
            s.ok("up", "-d");
            t.typeLine("stty -g > before.stty; jcompose exec app sh -c 'exit 5'; echo code=$?; stty -g > after.stty");
            t.await("the exit code", screen -> screen.contains("\ncode=5"), Duration.ofSeconds(60));
            t.await("the settings", screen -> Tmux.lastLine(screen).equals("pane$"));
            assertEquals(Files.readString(s.dir.resolve("before.stty")), Files.readString(s.dir.resolve("after.stty")));

            // A terminal by default (with the window's size), none with -T.
            // A terminal by default, with the window's size (set once the command runs: the engine's API before 1.42
            // cannot give it at creation, so the command waits for a key), and none with -T.
            String size = t.size();
            t.typeLine("jcompose exec app sh -c 'tty; read key; stty size'; jcompose exec -T app tty; echo done-$((1+1))");
            t.await("the exec's terminal", sc -> sc.contains("\n/dev/pts/"), Duration.ofSeconds(60));
            t.press("Enter");
            String screen = t.await("both commands", sc -> sc.contains("\ndone-2"), Duration.ofSeconds(60));
            assertTrue(screen.contains("\n" + size + "\n"), screen);
            assertTrue(screen.contains("\nnot a tty\n"), screen);
        }
    }

    @Test
    void attachOnATerminalTypesIntoTheContainersTerminalAndDetachesWithTheDetachKeys() throws Exception {
        try (Stack s = new Stack(dir, "jcterm-attach", engine); Tmux t = terminal(s)) {
            s.write("compose.yaml", """
                    services:
                      console:
                        image: jcompose-test/busybox:latest
                        tty: true
                        stdin_open: true
                        command: ["sh"]
                    """);
            s.ok("up", "-d");
            t.typeLine("stty -g > before.stty; jcompose attach --detach-keys ctrl-x console; echo code=$?;"
                    + " stty -g > after.stty");
            t.press("Enter");
            t.await("the container's shell", screen -> Tmux.lastLine(screen).equals("/ #"), Duration.ofSeconds(60));
            t.typeLine("echo typed-$((3*4))");
            t.await("the command's output", screen -> screen.contains("\ntyped-12"));
            t.press("C-x");
            t.await("the detached session to end", screen -> screen.contains("code=0\n"), Duration.ofSeconds(20));
            t.await("the settings", screen -> Tmux.lastLine(screen).equals("pane$"));
            assertEquals(Files.readString(s.dir.resolve("before.stty")), Files.readString(s.dir.resolve("after.stty")));
            assertEquals("running", s.container(s.name("console", 1)).state(), "detached, the container runs on");
        }
    }

    @Test
    void whenTheContainerDiesTheTerminalIsRestored() throws Exception {
        try (Stack s = new Stack(dir, "jcterm-kill", engine); Tmux t = terminal(s)) {
            s.write("compose.yaml", COMPOSE);
            s.ok("up", "-d");
            t.typeLine("stty -g > before.stty; jcompose exec app sh; echo code=$?; stty -g > after.stty");
            t.await("the container's shell", screen -> Tmux.lastLine(screen).equals("/ #"), Duration.ofSeconds(60));
            engine.killContainer(s.name("app", 1), "KILL");
            t.await("the session to end", screen -> screen.matches("(?s).*code=\\d+\n.*"));
            t.await("the settings", screen -> Tmux.lastLine(screen).equals("pane$"));
            assertEquals(Files.readString(s.dir.resolve("before.stty")), Files.readString(s.dir.resolve("after.stty")));
            assertFalse(t.screen().contains("code=0"), t.screen());
        }
    }

    @Test
    void runOnATerminalGivesAOneOffContainerItsOwnTerminalAndRemovesItWithRm() throws Exception {
        try (Stack s = new Stack(dir, "jcterm-run", engine); Tmux t = terminal(s)) {
            s.write("compose.yaml", COMPOSE);
            t.typeLine("stty -g > before.stty; jcompose shell; echo shell-exit-$?; stty -g > after.stty");
            awaitPrompt(t, s, 0);

            t.typeLine("run --rm app sh");
            t.await("the one-off container's shell", screen -> Tmux.lastLine(screen).equals("/ #"),
                    Duration.ofSeconds(60));
            String size = t.size();
            t.typeLine("echo run-$((3*3)); tty; stty size; hostname");
            // all of it: the shell's prompt is back once hostname has printed
            String screen = t.await("the command's output", sc -> sc.contains("\nrun-9\n/dev/pts/")
                    && Tmux.lastLine(sc).equals("/ #"));
            assertTrue(screen.contains("\n" + size + "\n"), "the window's size inside\n" + screen);
            assertEquals(1, s.containers().size(), "one container: the one-off\n" + s.containers());
            t.typeLine("exit");
            awaitPrompt(t, s, 1);
            assertTrue(s.containers().isEmpty(), "--rm removed the one-off container: " + s.containers());

            t.press("C-d");
            t.await("the shell to end", sc -> sc.contains("\nshell-exit-0"));
            t.await("the settings to be written", sc -> Tmux.lastLine(sc).equals("pane$"));
            assertEquals(Files.readString(s.dir.resolve("before.stty")), Files.readString(s.dir.resolve("after.stty")));

            // From the command line the run's exit code is jcompose's.
            t.typeLine("jcompose run --rm app sh -c 'tty && exit 3'; echo code=$?");
            String cli = t.await("the run's exit code", sc -> sc.contains("\ncode=3"), Duration.ofSeconds(60));
            assertTrue(cli.contains("\n/dev/pts/"), cli);
            assertTrue(s.containers().isEmpty(), s.containers().toString());
        }
    }

    @Test
    void upWaitLeavesItsEndpointsOnScreenBelowTheLiveProgress() throws Exception {
        try (Stack s = new Stack(dir, "jcterm-wait", engine); Tmux t = terminal(s)) {
            s.write("compose.yaml", """
                    services:
                      queue:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                        ports: ["127.0.0.1::5672"]
                    """);
            t.typeLine("jcompose up --wait; echo code=$?");
            String screen = t.await("up --wait to end", sc -> sc.contains("\ncode="), Duration.ofSeconds(60));
            int port = s.container(s.name("queue", 1)).ports().stream().filter(p -> p.isPublished()).findFirst()
                    .orElseThrow().hostPort();
            // The live view's last frame is drawn before the endpoints, not over them.
            assertTrue(screen.contains("Started") && screen.contains("\nqueue   127.0.0.1:" + port + "\ncode=0\n"),
                    screen);
        }
    }

    @Test
    void anAttachedUpThatStopsTheProjectKeepsTheContainersLastLinesOnScreen() throws Exception {
        try (Stack s = new Stack(dir, "jcterm-abort", engine); Tmux t = terminal(s)) {
            s.write("compose.yaml", """
                    services:
                      server:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "trap 'echo server-says-bye; exit 0' TERM; sleep 300 & wait"]
                      job:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 1; exit 3"]
                    """);
            t.typeLine("jcompose up --abort-on-container-exit; echo code=$?");
            String screen = t.await("up to end", sc -> sc.contains("\ncode="), Duration.ofSeconds(60));
            // The stop's progress is drawn as plain lines among the output, not redrawn over it.
            assertTrue(screen.contains("server-1  | server-says-bye\n") && screen.contains("\nserver-1 exited with code 0\n")
                    && screen.contains("\ncode=3\n"), screen);
        }
    }

    @Test
    void whenTheEngineConnectionDropsTheTerminalIsRestored() throws Exception {
        try (PrivateEngine privateEngine = PrivateEngine.start()) {
            Path project = dir.resolve("drop");
            Files.createDirectories(project);
            Files.writeString(project.resolve("compose.yaml"), COMPOSE.replace("$SERVE_UNTIL_STOPPED", "sleep 300"));
            Map<String, String> env = Map.of("DOCKER_HOST", privateEngine.dockerHost());
            try (JcomposeProcess up = JcomposeProcess.start(project, env, "-p", "jcterm-drop", "up", "-d", "app")) {
                assertEquals(0, up.exitCode(Duration.ofMinutes(1)), up.toString());
            }
            try (Tmux t = terminal(project, "jcterm-drop", privateEngine.dockerHost())) {
                t.typeLine("stty -g > before.stty; jcompose exec app sh; echo code=$?; stty -g > after.stty");
                t.await("the container's shell", screen -> Tmux.lastLine(screen).equals("/ #"),
                        Duration.ofSeconds(60));
                privateEngine.stop();
                String screen = t.await("the session to end", sc -> sc.matches("(?s).*code=\\d+\n.*"),
                        Duration.ofSeconds(60));
                t.await("the settings", sc -> Tmux.lastLine(sc).equals("pane$"));
                assertEquals(Files.readString(project.resolve("before.stty")),
                        Files.readString(project.resolve("after.stty")), "the terminal's settings are as before");
                assertFalse(screen.contains("code=0"), "a dropped session is not a success\n" + screen);
            }
        }
    }

    private static String stty(String tty) throws Exception {
        Process p = new ProcessBuilder("stty", "-a", "-F", tty).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).replace('\n', ' ');
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        return " " + out + " ";
    }
}
