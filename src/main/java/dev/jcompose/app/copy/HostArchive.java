package dev.jcompose.app.copy;

import dev.jcompose.exec.TarEntry;
import dev.jcompose.exec.TarReader;
import dev.jcompose.exec.TarWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Files on this machine as a tar stream, and a tar stream extracted into a directory here, as {@code docker cp} does. */
final class HostArchive {

    private HostArchive() {
    }

    /**
     * Writes {@code source} (a file, a directory with everything under it, or a symbolic link) as entries named
     * {@code base} and {@code base/...}; a null base writes a directory's contents at the top (for {@code dir/.}).
     */
    static void write(Path source, String base, boolean followTopLink, OutputStream out) throws IOException {
        TarWriter tar = new TarWriter(out);
        if (base == null) {
            for (Path child : children(source)) entry(tar, child, child.getFileName().toString(), false);
        } else {
            entry(tar, source, base, followTopLink);
        }
        tar.finish();
    }

    private static void entry(TarWriter tar, Path path, String name, boolean follow) throws IOException {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        PosixFileAttributes attrs = Files.readAttributes(path, PosixFileAttributes.class, options);
        int uid = owner(path, "unix:uid", options);
        int gid = owner(path, "unix:gid", options);
        int mode = mode(attrs.permissions());
        if (attrs.isSymbolicLink()) {
            tar.write(new TarEntry(name, TarEntry.Type.SYMLINK, 0777, 0, attrs.lastModifiedTime().toInstant(),
                    Files.readSymbolicLink(path).toString(), uid, gid), null);
        } else if (attrs.isDirectory()) {
            tar.write(new TarEntry(name, TarEntry.Type.DIRECTORY, mode, 0, attrs.lastModifiedTime().toInstant(), "",
                    uid, gid), null);
            for (Path child : children(path)) entry(tar, child, name + "/" + child.getFileName(), false);
        } else if (attrs.isRegularFile()) {
            try (InputStream content = Files.newInputStream(path)) {
                tar.write(new TarEntry(name, TarEntry.Type.FILE, mode, attrs.size(),
                        attrs.lastModifiedTime().toInstant(), "", uid, gid), content);
            }
        }
        // sockets, devices and pipes are not copied
    }

    private static List<Path> children(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static int owner(Path path, String attribute, LinkOption[] options) {
        try {
            return ((Number) Files.getAttribute(path, attribute, options)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * Extracts a tar stream into {@code directory}, entry names passed through {@code rename} first. A directory
     * is not replaced by a file nor the other way round; an existing file is replaced; nothing lands outside the
     * directory. Owners are not changed.
     */
    static void extract(InputStream in, Path directory, UnaryOperator<String> rename) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        TarReader reader = new TarReader(in);
        Map<Path, FileTime> directoryTimes = new TreeMap<>();
        for (var next = reader.next(); next.isPresent(); next = reader.next()) {
            TarEntry entry = next.get();
            String name = rename.apply(entry.name());
            if (name.isEmpty() || name.equals(".")) continue;
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException("the archive's entry \"" + entry.name() + "\" points outside " + root);
            }
            Files.createDirectories(target.getParent());
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            boolean existingDir = exists && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
            boolean isDir = entry.type() == TarEntry.Type.DIRECTORY;
            if (existingDir && !isDir) {
                throw new IOException("cannot overwrite directory \"" + target + "\" with non-directory \""
                        + entry.name() + "\"");
            }
            if (exists && !existingDir && isDir) {
                throw new IOException("cannot overwrite non-directory \"" + target + "\" with directory \""
                        + entry.name() + "\"");
            }
            if (exists && !existingDir) Files.delete(target);
            FileTime time = FileTime.from(entry.modified());
            switch (entry.type()) {
                case DIRECTORY -> {
                    if (!existingDir) Files.createDirectory(target);
                    Files.setPosixFilePermissions(target, permissions(entry.mode()));
                    directoryTimes.put(target, time);
                }
                case FILE -> {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        reader.content().transferTo(out);
                    }
                    Files.setPosixFilePermissions(target, permissions(entry.mode()));
                    Files.setLastModifiedTime(target, time);
                }
                case SYMLINK -> {
                    try {
                        Files.createSymbolicLink(target, Path.of(entry.linkName()));
                    } catch (FileAlreadyExistsException e) {
                        throw new IOException("cannot create link " + target + ": it exists", e);
                    }
                }
                case HARDLINK -> {
                    Path linked = root.resolve(rename.apply(entry.linkName())).normalize();
                    if (!linked.startsWith(root)) {
                        throw new IOException("the archive's link \"" + entry.name() + "\" points outside " + root);
                    }
                    Files.createLink(target, linked);
                }
                default -> {
                    // devices, pipes: not recreated here
                }
            }
        }
        // directory times last: writing into a directory changes its time
        for (var e : directoryTimes.entrySet()) Files.setLastModifiedTime(e.getKey(), e.getValue());
    }

    static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) mode |= 1 << (8 - p.ordinal());
        return mode;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - p.ordinal()))) != 0) out.add(p);
        }
        return out;
    }
}
