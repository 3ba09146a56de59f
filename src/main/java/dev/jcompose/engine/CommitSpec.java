package dev.jcompose.engine;

import java.util.List;

/**
 * What {@link ContainerEngine#commitContainer} makes of a container: an image named {@code reference}
 * ({@code repository[:tag]}; null leaves it unnamed), with Dockerfile instructions ({@code ENV A=b}, {@code CMD …})
 * applied to its configuration.
 *
 * @param author  null or empty for none
 * @param message null or empty for none
 * @param pause   whether the container is paused while its filesystem is read
 */
public record CommitSpec(String reference, String author, String message, List<String> changes, boolean pause) {
    public CommitSpec {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
