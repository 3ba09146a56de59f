package dev.jcompose.app.copy;

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

    public TarEntry withName(String newName) {
        return new TarEntry(newName, type, mode, size, modified, linkName, uid, gid);
    }
}
