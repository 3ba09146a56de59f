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
    /** Every bit that marks a kind of file other than a regular one (Go's os.ModeType). */
    private static final long KIND = DIRECTORY | SYMLINK | (1L << 26) | (1L << 25) | (1L << 24) | (1L << 21)
            | (1L << 19);

    public PathStat {
        linkTarget = linkTarget == null ? "" : linkTarget;
    }

    public boolean isDirectory() {
        return (mode & DIRECTORY) != 0;
    }

    public boolean isSymlink() {
        return (mode & SYMLINK) != 0;
    }

    public boolean isRegularFile() {
        return (mode & KIND) == 0;
    }

    public int permissions() {
        return (int) (mode & 07777);
    }
}
