package dev.jcompose.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An image as {@code docker image inspect} describes it. {@code created} and {@code lastTagTime} (when the image was
 * last tagged: pulled or built) may be null when the engine does not say; {@code variant} is often empty.
 */
public record ImageDetails(String id, List<String> repoTags, String os, String architecture, String variant,
                           long size, Instant created, Instant lastTagTime, Map<String, String> labels) {
    public ImageDetails {
        repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        os = os == null ? "" : os;
        architecture = architecture == null ? "" : architecture;
        variant = variant == null ? "" : variant;
    }

    /** {@code linux/amd64}, {@code linux/arm/v7}: how Docker writes a platform. */
    public String platform() {
        if (os.isEmpty() && architecture.isEmpty()) return "";
        return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
    }
}
