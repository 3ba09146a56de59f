package dev.jcompose.engine;

import java.util.Map;

public record VolumeInfo(String name, String driver, String mountpoint, Map<String, String> options,
                         Map<String, String> labels) {
    public VolumeInfo {
        options = Map.copyOf(options);
        labels = Map.copyOf(labels);
    }
}
