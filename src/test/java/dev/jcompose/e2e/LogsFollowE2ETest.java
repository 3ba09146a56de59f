package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code logs -f} keeps following containers that are recreated or restarted while it runs. */
class LogsFollowE2ETest extends EngineE2E {

    private static final String COMPOSE = """
            services:
              talker:
                image: jcompose-test/busybox:latest
                command: ["sh", "-c", "echo generation $$GEN; trap 'exit 0' TERM; sleep 300 & wait"]
                environment: {GEN: "%s"}
              steady:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
            """;

    @Test
    void followsARecreatedAndARestartedContainerWithoutRepeatingLinesAndEndsWhenAllStop() throws Exception {
        try (Stack s = new Stack(dir, "jce2e-follow", engine)) {
            s.write("compose.yaml", COMPOSE.formatted("1"));
            s.ok("up", "-d");
            StringWriter out = new StringWriter();
            CompletableFuture<Integer> logs = s.jcInBackground(out, "logs", "-f", "--no-log-prefix", "--no-color");
            await(out, o -> o.contains("generation 1\n"));

            s.write("compose.yaml", COMPOSE.formatted("2"));
            s.ok("up", "-d");
            await(out, o -> o.contains("generation 2\n"));

            s.ok("restart", "talker");
            await(out, o -> count(o, "generation 2\n") == 2);

            s.ok("stop", "-t", "1");
            assertEquals(0, logs.get(30, TimeUnit.SECONDS), "logs -f ends once every container has stopped");
            String all = out.toString();
            assertEquals(1, count(all, "generation 1\n"), all);
            assertEquals(2, count(all, "generation 2\n"), "the restart's lines once, the first run's not again:\n" + all);
        }
    }

    private static int count(String text, String line) {
        int n = 0;
        for (int i = text.indexOf(line); i >= 0; i = text.indexOf(line, i + 1)) n++;
        return n;
    }

    private static void await(StringWriter out, Predicate<String> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.test(out.toString())) {
            if (Instant.now().isAfter(deadline)) fail("timed out; logs -f printed:\n" + out);
            Thread.sleep(50);
        }
    }
}
