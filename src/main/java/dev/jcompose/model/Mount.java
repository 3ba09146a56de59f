package dev.jcompose.model;

import java.util.Map;

/**
 * A service volume in long syntax. {@code source} is an absolute host path for binds, a top-level volume key for named
 * volumes, and null for anonymous volumes and tmpfs.
 */
public record Mount(MountType type, String source, String target, boolean readOnly, String consistency,
                    BindOptions bind, VolumeOptions volume, TmpfsOptions tmpfs, ImageOptions image) {

    public record BindOptions(boolean createHostPath, String propagation, String selinux, String recursive) {
    }

    public record VolumeOptions(boolean nocopy, String subpath, Map<String, String> labels) {
        public VolumeOptions {
            labels = Copies.map(labels);
        }
    }

    public record TmpfsOptions(Long size, Integer mode) {
    }

    public record ImageOptions(String subpath) {
    }

    /** A named volume mount, i.e. one that refers to a top-level {@code volumes:} entry. */
    public boolean isNamedVolume() {
        return type == MountType.VOLUME && source != null && !source.isEmpty();
    }
}
