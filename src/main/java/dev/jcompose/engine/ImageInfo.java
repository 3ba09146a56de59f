package dev.jcompose.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An image; {@code created} may be null when the engine does not say. */
public record ImageInfo(String id, List<String> repoTags, Map<String, String> labels, Instant created, long size) {
    public ImageInfo {
        repoTags = List.copyOf(repoTags);
        labels = Map.copyOf(labels);
    }
}
