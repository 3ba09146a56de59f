package dev.jcompose.exec;

import java.time.Instant;

/**
 * One entry of a tar archive. {@code name} has no leading {@code ./} and a directory's name no trailing slash.
 *
 * @param linkName the target of a symbolic or hard link, else empty
 */
public record TarEntry(String name, Type type, int mode, long size, Instant modified, String linkName, int uid,
                       int gid) {

    public enum Type { FILE, DIRECTORY, SYMLINK, HARDLINK, OTHER }

    public TarEntry {
        linkName = linkName == null ? "" : linkName;
        modified = modified == null ? Instant.EPOCH : modified;
    }

    /** A regular file owned by root. */
    public static TarEntry file(String name, int mode, long size, Instant modified) {
        return new TarEntry(name, Type.FILE, mode, size, modified, "", 0, 0);
    }

    /** A directory owned by root. */
    public static TarEntry directory(String name, int mode, Instant modified) {
        return new TarEntry(name, Type.DIRECTORY, mode, 0, modified, "", 0, 0);
    }

    /** A symbolic link owned by root. */
    public static TarEntry symlink(String name, String target, Instant modified) {
        return new TarEntry(name, Type.SYMLINK, 0777, 0, modified, target, 0, 0);
    }

    public TarEntry withName(String newName) {
        return new TarEntry(newName, type, mode, size, modified, linkName, uid, gid);
    }
}
