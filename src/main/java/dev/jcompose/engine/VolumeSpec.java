package dev.jcompose.engine;

import java.util.Map;

/** A volume to create. {@code driver} null = local. */
public record VolumeSpec(String name, String driver, Map<String, String> options, Map<String, String> labels) {
    public VolumeSpec {
        options = options == null ? Map.of() : Map.copyOf(options);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
