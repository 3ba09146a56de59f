package dev.jcompose.engine;

/**
 * A mount to create. {@code source}: host path for BIND, volume name for VOLUME (null = anonymous), unused for TMPFS.
 * {@code tmpfsSizeBytes}/{@code tmpfsMode} apply to TMPFS only, {@code noCopy} to VOLUME only.
 */
public record MountSpec(MountType type, String source, String target, boolean readOnly, String bindPropagation,
                        boolean noCopy, Long tmpfsSizeBytes, Integer tmpfsMode) {
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
