package dev.jcompose.engine;

/** A mount as the engine reports it. {@code name} is the volume name for volume mounts, else null. */
public record MountInfo(MountType type, String name, String source, String destination, boolean readWrite) {
}
