package dev.jcompose.exec;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.NotFoundException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * One file in a container, written and read through the engine's archive API (so a remote engine works like a
 * local one), in a created, running or stopped container.
 */
public final class ContainerFiles {

    private ContainerFiles() {
    }

    /** Writes {@code content} at the absolute {@code path}, replacing a file there; missing directories are made. */
    public static void write(ContainerEngine engine, String container, String path, byte[] content, int mode) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try {
            TarWriter writer = new TarWriter(tar);
            writer.write(TarEntry.file(name, mode, content.length, Instant.now()), new ByteArrayInputStream(content));
            writer.finish();
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory tar cannot fail", e);
        }
        engine.copyToContainer(container, "/", new ByteArrayInputStream(tar.toByteArray()), false);
    }

    /**
     * The content of the regular file at {@code path}; empty when there is none.
     *
     * @throws NotFoundException when the container does not exist
     */
    public static Optional<byte[]> read(ContainerEngine engine, String container, String path) {
        try (InputStream tar = engine.copyFromContainer(container, path)) {
            TarReader reader = new TarReader(tar);
            Optional<TarEntry> entry = reader.next();
            if (entry.isEmpty() || entry.get().type() != TarEntry.Type.FILE) return Optional.empty();
            return Optional.of(reader.content().readAllBytes());
        } catch (NotFoundException missing) {
            engine.inspectContainer(container); // the container itself is gone: NotFound; else the path is missing
            return Optional.empty();
        } catch (IOException e) {
            throw new EngineException("read file from container", container + ":" + path, e.getMessage(), e);
        }
    }
}
