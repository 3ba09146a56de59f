package dev.jcompose.engine;

/**
 * One progress message of a build or pull. {@code id} is the layer id for pulls (null for build output),
 * {@code status} a short word like "Downloading", {@code detail} the engine's progress bar or build output line.
 */
public record ProgressEvent(String id, String status, String detail) {
}
