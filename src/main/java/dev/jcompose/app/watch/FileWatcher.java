package dev.jcompose.app.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches files and directory trees for changes. Every directory below a watched one is watched too, also those
 * created later (files already in a new directory count as changed). Changes come in batches: a batch starts with
 * the first event and takes every further event until none has come for a quiet period, so an editor's save (write
 * a temporary file, rename it) or a checkout of many files is one batch.
 */
final class FileWatcher implements AutoCloseable {

    /** What changed: paths created, modified or deleted; {@code overflow} when events were lost. */
    record Batch(Set<Path> changed, boolean overflow) {
    }

    private final WatchService service;
    private final Map<WatchKey, Path> directories = new HashMap<>();

    /** @param roots files or directories; for a file, or a path that does not exist yet, its parent is watched */
    FileWatcher(Collection<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root, null);
            } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                register(root.getParent());
            }
        }
    }

    /**
     * Blocks until something changes, then gathers changes until none comes for {@code quiet} (at most ten quiet
     * periods in all, so a steady stream of writes still gets handled).
     *
     * @return the batch, or null once the watcher is closed
     */
    Batch next(Duration quiet) throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        boolean overflow = false;
        try {
            WatchKey key = service.take();
            long deadline = System.nanoTime() + quiet.toNanos() * 10;
            while (key != null) {
                overflow |= drain(key, changed);
                if (System.nanoTime() > deadline) break;
                key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            return null;
        }
        return new Batch(changed, overflow);
    }

    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = directories.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            changed.add(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child, changed);
                } catch (IOException e) {
                    overflow = true; // a directory that vanished at once: a full resync finds what is left
                }
            }
        }
        if (!key.reset()) directories.remove(key);
        return overflow;
    }

    /** Watches {@code root} and every directory below it; adds the files found to {@code found} (when given). */
    private void registerTree(Path root, Set<Path> found) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(p)) register(p);
                else if (found != null) found.add(p);
            }
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        directories.put(key, dir);
    }

    /** Ends a blocked {@link #next}, which then returns null. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only releases the inotify handle
        }
    }
}
