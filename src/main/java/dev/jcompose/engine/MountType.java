package dev.jcompose.engine;

public enum MountType {
    BIND, VOLUME, TMPFS
}
