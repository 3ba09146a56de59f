package dev.jcompose.engine;

/** One process running in a container, as {@code docker top} lists it. */
public record ContainerProcess(String pid, String command) {
}
