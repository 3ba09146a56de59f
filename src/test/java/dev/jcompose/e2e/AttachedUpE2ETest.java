package dev.jcompose.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attached {@code up} prints what Docker Compose v2 prints: {@code Attaching to …}, then only what the containers
 * print from then on (all of it for a container this up starts), and {@code … exited with code N} as each stops;
 * its exit code is Compose's.
 */
class AttachedUpE2ETest extends EngineE2E {

    /** Compose writes this before each exit line: back to the line's start, and clear it. */
    private static final String RESET_LINE = "\r\u001b[K";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void showsOnlyWhatTheContainersPrintAfterItAttachesAndTheirExits() throws Exception {
        try (Stack s = stack("attach-new")) {
            s.write("compose.yaml", """
                    services:
                      ticker:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo early 1; echo early 2; mkdir -p /tmp; while [ ! -f /tmp/done ]; do sleep 0.1; done; echo late; exit 0"]
                      job:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo job ran; exit 3"]
                    """);
            s.ok("up", "-d");
            waitUntil(() -> "exited".equals(s.container(s.name("job", 1)).state())
                    && s.ok("logs", "ticker").out().contains("early 2"), "the detached up's output");

            try (JcomposeProcess up = JcomposeProcess.start(dir, Map.of(), "-p", s.project, "up", "--no-color")) {
                up.await(() -> up.out().contains("job-1 exited with code 3") || !up.isAlive(), "the job's exit", MINUTE);
                s.exec(s.name("ticker", 1), "touch", "/tmp/done");
                assertEquals(0, up.exitCode(MINUTE), up.toString());
                // The job ran again (once, so once), the ticker was running already: its early lines are not repeated.
                assertEquals("""
                        Attaching to job-1, ticker-1
                        job-1  | job ran
                        %sjob-1 exited with code 3
                        ticker-1  | late
                        %sticker-1 exited with code 0
                        """.formatted(RESET_LINE, RESET_LINE), up.out());
            }
        }
    }

    @Test
    void aJobRunAgainPrintsOnlyThisRunsOutput() throws Exception {
        try (Stack s = stack("attach-job")) {
            s.write("compose.yaml", """
                    services:
                      job:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo job ran; exit 3"]
                    """);
            for (int run = 1; run <= 3; run++) {
                Stack.Run up = s.jc("up", "job");
                assertEquals(0, up.exitCode(), "Compose's: every attached container exited\n" + up);
                assertEquals("Attaching to job-1\njob-1  | job ran\n" + RESET_LINE + "job-1 exited with code 3\n",
                        up.out(), "run " + run);
            }
        }
    }

    @Test
    void abortOnContainerExitReturnsTheCodeOfTheContainerThatExitedFirst() throws Exception {
        try (Stack s = stack("attach-abort")) {
            s.write("compose.yaml", """
                    services:
                      job:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 1; echo job failing; exit 7"]
                      server:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            Stack.Run up = s.jc("up", "--abort-on-container-exit");
            assertEquals(7, up.exitCode(), up.toString());
            assertTrue(up.out().contains("job-1  | job failing\n" + RESET_LINE + "job-1 exited with code 7\n"), up.toString());
            assertTrue(up.out().contains(RESET_LINE + "server-1 exited with code 0\n"),
                    "the exits of the containers the abort stopped are printed too\n" + up);
            assertTrue(up.err().contains("Aborting on container exit..."), up.toString());
        }
    }

    @Test
    void anEssentialDockerrunContainerThatFailsFailsTheUpWithItsCode() throws Exception {
        try (Stack s = stack("attach-essential")) {
            s.write("Dockerrun.aws.json", """
                    {"AWSEBDockerrunVersion": 2, "containerDefinitions": [
                      {"name": "app", "image": "jcompose-test/busybox:latest", "essential": false,
                       "command": ["sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"]},
                      {"name": "worker", "image": "jcompose-test/busybox:latest",
                       "command": ["sh", "-c", "sleep 1; echo worker failing; exit 4"]}
                    ]}
                    """);
            Stack.Run up = s.jc("up");
            assertEquals(4, up.exitCode(), up.toString());
            assertTrue(up.err().contains("Essential container " + s.name("worker", 1) + " exited"), up.toString());
            assertTrue(up.out().contains(RESET_LINE + "worker-1 exited with code 4\n"), up.toString());
            assertEquals("exited", s.container(s.name("app", 1)).state(), "the non-essential app was stopped");
        }
    }

    @Test
    void abortOnContainerFailureIgnoresACleanExitAndStopsOnTheFirstFailure() throws Exception {
        try (Stack s = stack("attach-failure")) {
            s.write("compose.yaml", """
                    services:
                      clean:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "exit 0"]
                      failing:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 2; exit 5"]
                      server:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            Stack.Run up = s.jc("up", "--abort-on-container-failure");
            assertEquals(5, up.exitCode(), up.toString());
            String out = up.out();
            assertTrue(out.indexOf("clean-1 exited with code 0") < out.indexOf("failing-1 exited with code 5")
                    && out.contains("server-1 exited with code 0"), up.toString());
            assertTrue(up.err().contains("Aborting on container exit..."), up.toString());
        }
    }

    @Test
    void attachNoAttachAttachDependenciesAndTimestampsChooseWhatIsShown() throws Exception {
        try (Stack s = stack("attach-choose")) {
            s.write("compose.yaml", """
                    services:
                      app:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 1; echo app says"]
                        depends_on: [dep]
                      dep:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo dep says"]
                    """);
            // Only the named service by default, as Compose: not what it depends on.
            assertEquals("Attaching to app-1\napp-1  | app says\n" + RESET_LINE + "app-1 exited with code 0\n",
                    s.ok("up", "app").out());
            String withDeps = s.ok("up", "app", "--attach-dependencies").out();
            assertTrue(withDeps.startsWith("Attaching to app-1, dep-1\n") && withDeps.contains("dep-1  | dep says\n")
                    && withDeps.contains("app-1  | app says\n"), withDeps);
            assertEquals("Attaching to dep-1\ndep-1  | dep says\n" + RESET_LINE + "dep-1 exited with code 0\n",
                    s.ok("up", "--attach", "dep").out());
            String noDep = s.ok("up", "--no-attach", "dep", "--timestamps").out();
            assertTrue(noDep.startsWith("Attaching to app-1\n") && !noDep.contains("dep")
                    && noDep.matches("(?s).*\napp-1  \\| \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z app says\n.*"), noDep);

            assertEquals(1, s.jc("up", "-d", "--attach", "dep").exitCode());
            assertEquals(1, s.jc("up", "--attach", "dep", "--attach-dependencies").exitCode());
            Stack.Run outside = s.jc("up", "dep", "--attach", "app");
            assertEquals(1, outside.exitCode(), outside.toString());
            assertTrue(outside.err().contains("cannot attach to services not included in up: app"), outside.toString());
        }
    }

    @Test
    void anAbortStopsTheAttachedDependenciesToo() throws Exception {
        try (Stack s = stack("attach-deps-stop")) {
            s.write("compose.yaml", """
                    services:
                      app:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "sleep 1; exit 0"]
                        depends_on: [dep]
                      dep:
                        image: jcompose-test/busybox:latest
                        command: $SERVE_UNTIL_STOPPED
                    """);
            Stack.Run up = s.jc("up", "app", "--attach-dependencies", "--abort-on-container-exit");
            assertEquals(0, up.exitCode(), up.toString());
            assertTrue(up.out().contains(RESET_LINE + "dep-1 exited with code 0\n"), up.toString());
            assertEquals("exited", s.container(s.name("dep", 1)).state(), "the attached dependency was stopped");
        }
    }

    @Test
    void aContainerRestartedByItsPolicyShowsEveryRunOnce() throws Exception {
        try (Stack s = stack("attach-restart")) {
            s.write("compose.yaml", """
                    services:
                      flaky:
                        image: jcompose-test/busybox:latest
                        command: ["sh", "-c", "echo run; exit 1"]
                        restart: on-failure:2
                    """);
            Stack.Run up = s.jc("up");
            assertEquals(0, up.exitCode(), up.toString());
            assertEquals(3, up.out().split("flaky-1  \\| run\n", -1).length - 1, "the first run and two restarts\n" + up);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + MINUTE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("never saw " + what);
            Thread.sleep(100);
        }
    }
}
