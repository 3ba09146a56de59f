package dev.jcompose.engine;

/**
 * A mount to create. {@code source}: host path for BIND, volume name for VOLUME (null = anonymous), unused for TMPFS.
 * {@code tmpfsSizeBytes}/{@code tmpfsMode} apply to TMPFS only, {@code noCopy} to VOLUME only, {@code createHostPath}
 * to BIND only: the engine then creates a missing source directory, as {@code docker run -v} does.
 */
public record MountSpec(MountType type, String source, String target, boolean readOnly, String bindPropagation,
                        boolean noCopy, Long tmpfsSizeBytes, Integer tmpfsMode, boolean createHostPath) {

    /** A mount whose bind source (if any) must already exist. */
    public MountSpec(MountType type, String source, String target, boolean readOnly, String bindPropagation,
                     boolean noCopy, Long tmpfsSizeBytes, Integer tmpfsMode) {
        this(type, source, target, readOnly, bindPropagation, noCopy, tmpfsSizeBytes, tmpfsMode, false);
    }

    /** The same mount, creating a missing bind source on the engine's host (the short syntax {@code ./dir:/dst}). */
    public MountSpec creatingHostPath() {
        return new MountSpec(type, source, target, readOnly, bindPropagation, noCopy, tmpfsSizeBytes, tmpfsMode, true);
    }
    public static MountSpec bind(String hostPath, String target, boolean readOnly) {
        return new MountSpec(MountType.BIND, hostPath, target, readOnly, null, false, null, null);
    }

    public static MountSpec volume(String name, String target, boolean readOnly) {
        return new MountSpec(MountType.VOLUME, name, target, readOnly, null, false, null, null);
    }

    public static MountSpec tmpfs(String target, Long sizeBytes) {
        return new MountSpec(MountType.TMPFS, null, target, false, null, false, sizeBytes, null);
    }
}
