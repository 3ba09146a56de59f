package dev.jcompose.app.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recursive watching in batches, on the real file system. */
@Timeout(30)
class FileWatcherTest {

    @TempDir
    Path dir;

    /** Batches until {@code expected} have all been seen (each batch waits for its first event, no sleeping). */
    private static Set<Path> collect(FileWatcher w, Set<Path> expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        while (!seen.containsAll(expected)) {
            FileWatcher.Batch b = w.next(Duration.ofMillis(100));
            seen.addAll(b.changed());
        }
        return seen;
    }

    @Test
    void seesChangesInNewAndOldDirectoriesAndDeletions() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/css"));
        Files.writeString(site.resolve("a.css"), "a");
        try (FileWatcher w = new FileWatcher(List.of(dir.resolve("site")))) {
            Files.writeString(site.resolve("a.css"), "changed");
            Path nested = Files.createDirectories(dir.resolve("site/new/deeper"));
            Files.writeString(nested.resolve("x.html"), "x");
            Files.delete(site.resolve("a.css"));
            Set<Path> seen = collect(w, Set.of(site.resolve("a.css"), nested.resolve("x.html")));
            assertTrue(seen.contains(dir.resolve("site/new")), seen.toString());

            Files.writeString(nested.resolve("y.html"), "y");
            assertTrue(collect(w, Set.of(nested.resolve("y.html"))).contains(nested.resolve("y.html")),
                    "the new directory is watched from now on");
        }
    }

    @Test
    void aFileRuleWatchesItsDirectoryAndCloseEndsAWait() throws Exception {
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        FileWatcher w = new FileWatcher(List.of(dockerfile));
        Files.writeString(dockerfile, "FROM scratch\nCMD [\"x\"]\n");
        assertTrue(collect(w, Set.of(dockerfile)).contains(dockerfile));

        Thread closer = new Thread(w::close);
        closer.start();
        assertNull(w.next(Duration.ofMillis(100)), "a closed watcher answers null");
        closer.join();
    }
}
