package dev.jcompose.exec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A build context directory as the engine receives it: a tar of the directory without what {@code .dockerignore}
 * excludes. The Dockerfile and the .dockerignore file always go in, as with {@code docker build}.
 */
final class BuildContext {
    private final Path root;
    private final DockerIgnore ignore;
    private final Map<String, byte[]> extraFiles;

    private BuildContext(Path root, DockerIgnore ignore, Map<String, byte[]> extraFiles) {
        this.root = root;
        this.ignore = ignore;
        this.extraFiles = extraFiles;
    }

    /** @param dockerfile the Dockerfile's path inside the context; null = "Dockerfile" */
    static BuildContext of(Path root, String dockerfile) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("build context " + root + " is not a directory");
        }
        String keep = dockerfile == null ? "Dockerfile" : dockerfile;
        return new BuildContext(root, DockerIgnore.read(root).keeping(List.of(keep, DockerIgnore.FILE_NAME)), Map.of());
    }

    /**
     * The same context with one more file at its root, which the directory does not hold: a Dockerfile written
     * inline in the compose file or kept outside the context, as {@code docker build} adds it.
     */
    BuildContext withFile(String name, byte[] content) {
        Map<String, byte[]> files = new LinkedHashMap<>(extraFiles);
        files.put(name, content);
        return new BuildContext(root, ignore, files);
    }

    void writeTar(OutputStream out) throws IOException {
        TarWriter tar = new TarWriter(out);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = relative(dir);
                if (ignore.excludes(name)) {
                    // a "!" pattern may re-include something below an excluded directory
                    return ignore.hasExceptions() ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }
                tar.write(TarEntry.directory(name, mode(dir, 0755), modified(attrs)), null);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = relative(file);
                if (ignore.excludes(name)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    tar.write(TarEntry.symlink(name, Files.readSymbolicLink(file).toString(), modified(attrs)), null);
                } else if (attrs.isRegularFile()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        tar.write(TarEntry.file(name, mode(file, 0644), attrs.size(), modified(attrs)), in);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Instant now = Instant.now();
        for (Map.Entry<String, byte[]> f : extraFiles.entrySet()) {
            tar.write(TarEntry.file(f.getKey(), 0644, f.getValue().length, now), new ByteArrayInputStream(f.getValue()));
        }
        tar.finish();
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static Instant modified(BasicFileAttributes attrs) {
        return attrs.lastModifiedTime().toInstant();
    }

    private static int mode(Path p, int fallback) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            int mode = 0;
            for (PosixFilePermission perm : perms) {
                mode |= 1 << (8 - perm.ordinal());
            }
            return mode;
        } catch (UnsupportedOperationException | IOException e) {
            return fallback;
        }
    }
}
