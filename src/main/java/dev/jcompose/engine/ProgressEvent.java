package dev.jcompose.engine;

/**
 * One progress message of a build or pull. {@code id} is the layer id for pulls (null for build output),
 * {@code status} a short word like "Downloading", {@code detail} a build output line or "current/total bytes" of a layer.
 */
public record ProgressEvent(String id, String status, String detail) {
}
