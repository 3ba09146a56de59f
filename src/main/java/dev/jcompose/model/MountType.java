package dev.jcompose.model;

import java.util.Locale;

public enum MountType {
    BIND, VOLUME, TMPFS, NPIPE, CLUSTER, IMAGE;

    /** The name as written in compose files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MountType fromId(String id) {
        for (MountType t : values()) if (t.id().equals(id)) return t;
        return null;
    }
}
