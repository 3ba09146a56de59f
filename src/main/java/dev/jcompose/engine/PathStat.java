package dev.jcompose.engine;

import java.time.Instant;

/**
 * What is at a path inside a container, as the engine's archive API reports it.
 *
 * @param mode       the file mode in the engine's encoding (Go's {@code os.FileMode}): permission bits, plus
 *                   {@link #DIRECTORY} or {@link #SYMLINK} for those kinds
 * @param linkTarget the target when the path is a symbolic link, else empty
 */
public record PathStat(String name, long size, long mode, Instant modified, String linkTarget) {
    public static final long DIRECTORY = 1L << 31;
    public static final long SYMLINK = 1L << 27;

    public PathStat {
        linkTarget = linkTarget == null ? "" : linkTarget;
    }

    public boolean isDirectory() {
        return (mode & DIRECTORY) != 0;
    }

    public boolean isSymlink() {
        return (mode & SYMLINK) != 0;
    }

    public int permissions() {
        return (int) (mode & 07777);
    }
}
