package dev.jcompose.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code attach} on the real engine: streams, exit codes, stdin and Ctrl-C passed on. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AttachE2ETest extends EngineE2E {

    private static final String COMPOSE = """
            services:
              talk:
                image: jcompose-test/busybox:latest
                stdin_open: true
                command: ["sh", "-c", "while read l; do echo out:$$l; echo err:$$l >&2; done"]
              tick:
                image: jcompose-test/busybox:latest
                command: ["sh", "-c", "trap 'echo caught; exit 9' INT; while :; do echo tick; sleep 1; done"]
              ends:
                image: jcompose-test/busybox:latest
                command: ["sh", "-c", "sleep 3; echo last-words; exit 3"]
            """;

    @Test
    void stdinGoesInOutputComesOutApartAndDetachingLeavesTheContainerRunning() throws Exception {
        try (Stack s = stack("attach")) {
            s.write("compose.yaml", COMPOSE);
            s.ok("up", "-d", "talk", "ends");
            // the lines, then a pause for their answers before stdin ends (the engine detaches at its end)
            InputStream stdin = new SequenceInputStream(new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)),
                    new InputStream() {
                        private boolean paused;

                        @Override
                        public int read() {
                            if (paused) return -1;
                            paused = true;
                            try {
                                Thread.sleep(1500);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return -1;
                        }
                    });
            Stack.Run talk = s.jcWithInput(stdin, "attach", "talk");
            assertEquals(0, talk.exitCode(), talk.toString());
            assertEquals("out:a\nout:b\n", talk.out(), talk.toString());
            assertTrue(talk.err().contains("err:a\nerr:b\n"), talk.toString());
            assertEquals("running", s.container(s.name("talk", 1)).state());

            Stack.Run ends = s.jc("attach", "--no-stdin", "ends");
            assertEquals(3, ends.exitCode(), "the container's exit code\n" + ends);
            assertEquals("last-words\n", ends.out());

            Stack.Run stopped = s.jc("attach", "ends");
            assertEquals(1, stopped.exitCode(), stopped.toString());
            assertTrue(stopped.err().contains("service \"ends\" is not running"), stopped.toString());
        }
    }

    @Test
    void ctrlCGoesOnToTheContainerUnlessTheSignalProxyIsOff() throws Exception {
        try (Stack s = stack("attachsig")) {
            s.write("compose.yaml", COMPOSE);
            s.ok("up", "-d", "tick");
            try (JcomposeProcess noProxy = JcomposeProcess.start(dir, s.environment(), "attach", "--sig-proxy=false",
                    "tick")) {
                noProxy.await(() -> noProxy.out().contains("tick"), "a tick", Duration.ofSeconds(20));
                noProxy.interrupt();
                assertEquals(130, noProxy.exitCode(Duration.ofSeconds(20)), noProxy.toString());
            }
            assertEquals("running", s.container(s.name("tick", 1)).state());

            try (JcomposeProcess proxy = JcomposeProcess.start(dir, s.environment(), "attach", "tick")) {
                proxy.await(() -> proxy.out().contains("tick"), "a tick", Duration.ofSeconds(20));
                proxy.interrupt();
                assertEquals(9, proxy.exitCode(Duration.ofSeconds(20)), proxy.toString());
                assertTrue(proxy.out().contains("caught"), proxy.toString());
            }
        }
    }
}
