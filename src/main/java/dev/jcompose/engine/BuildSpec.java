package dev.jcompose.engine;

import java.util.List;
import java.util.Map;

/**
 * A classic (non-BuildKit) build. The context comes separately as a tar stream. {@code dockerfile} is a path inside
 * the context (null = Dockerfile); {@code target} null = last stage.
 */
public record BuildSpec(List<String> tags, String dockerfile, Map<String, String> buildArgs, String target,
                        Map<String, String> labels, boolean noCache, boolean pull) {
    public BuildSpec {
        tags = tags == null ? List.of() : List.copyOf(tags);
        buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public static BuildSpec tagged(String tag) {
        return new BuildSpec(List.of(tag), null, Map.of(), null, Map.of(), false, false);
    }
}
