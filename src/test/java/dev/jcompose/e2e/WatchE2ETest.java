package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code watch} on the real engine with the local-build example: edits reach the running container. */
@Timeout(240)
class WatchE2ETest extends EngineE2E {

    private record Answer(int status, String body) {
    }

    private static Answer get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** Polls {@code url} until the answer satisfies {@code wanted}, up to 30 s. */
    private static Answer awaitAnswer(String url, Predicate<Answer> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(url);
                if (wanted.test(last)) return last;
            } catch (java.io.IOException e) {
                last = new Answer(-1, e.toString()); // the container is being recreated
            }
            Thread.sleep(100);
        }
        fail(url + " never answered as expected; last: " + last);
        return null;
    }

    @Test
    void editsAreSyncedDeletionsFollowIgnoredFilesStayOutAndADockerfileChangeRebuilds() throws Exception {
        try (Stack s = new Stack(dir, "jcwatch", engine).copyFrom(ExamplesE2ETest.EXAMPLES.resolve("local-build"))) {
            Files.copy(Path.of("/bin/busybox"), s.dir.resolve("busybox"));
            int port = ExamplesE2ETest.freePort();
            s.env("HELLO_PORT", String.valueOf(port));
            String base = "http://127.0.0.1:" + port;
            Stack.Background watch = s.start("watch");
            String firstImage = null;
            try {
                watch.awaitErr("watching www for hello (sync to /www)", 120);
                watch.awaitErr("watching Dockerfile for hello (rebuild)", 5);
                String firstId = s.container(s.name("hello", 1)).id();
                firstImage = s.container(s.name("hello", 1)).imageId();
                assertTrue(awaitAnswer(base + "/", a -> a.status() == 200).body().contains("locally built"));

                s.write("www/index.html", "edited\n");
                awaitAnswer(base + "/", a -> a.body().equals("edited\n"));
                s.write("www/sub/new.html", "new\n");
                awaitAnswer(base + "/sub/new.html", a -> a.status() == 200 && a.body().equals("new\n"));

                s.write("www/drafts/secret.html", "not yet\n");
                s.write("www/scratch.tmp", "tmp\n");
                s.write("www/after.html", "after\n");
                awaitAnswer(base + "/after.html", a -> a.status() == 200);
                assertEquals(1, s.exec(s.name("hello", 1), "test", "-e", "/www/drafts/secret.html").exitCode(),
                        "ignored by drafts/");
                assertEquals(1, s.exec(s.name("hello", 1), "test", "-e", "/www/scratch.tmp").exitCode(),
                        "ignored by **/*.tmp");

                Files.delete(s.dir.resolve("www/sub/new.html"));
                awaitAnswer(base + "/sub/new.html", a -> a.status() == 404);
                assertEquals(firstId, s.container(s.name("hello", 1)).id(), "syncing keeps the container");

                Files.writeString(s.dir.resolve("Dockerfile"), Files.readString(s.dir.resolve("Dockerfile"))
                        + "COPY www/index.html /www/rebuilt.txt\n");
                awaitAnswer(base + "/rebuilt.txt", a -> a.status() == 200 && a.body().equals("edited\n"));
                assertNotEquals(firstId, s.container(s.name("hello", 1)).id(), "a rebuild recreates the container");
                assertTrue(watch.err().contains("rebuilding hello after changes to Dockerfile"), watch.err());
                assertEquals("edited\n", get(base + "/").body(), "the rebuilt image has the edited page too");
            } finally {
                Stack.Run end = watch.stop();
                assertEquals(130, end.exitCode(), end.toString());
                s.jc("down", "--rmi", "local", "-t", "1");
                // the image the rebuild replaced is left untagged, as docker compose leaves it; it is ours to remove
                if (firstImage != null && engine.imageExists(firstImage)) engine.removeImage(firstImage, false);
            }
            assertTrue(!engine.imageExists(s.project + "-hello"), "down --rmi local removed the built image");
        }
    }
}
