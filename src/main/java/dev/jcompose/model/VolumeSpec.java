package dev.jcompose.model;

import java.util.Map;

/** A top-level volume. {@code name} is the engine's name: {@code <project>_<key>} unless given or external. */
public record VolumeSpec(String name, String driver, Map<String, String> driverOpts, boolean external,
                         Map<String, String> labels, Map<String, Object> extensions) {

    public VolumeSpec {
        driverOpts = Copies.map(driverOpts);
        labels = Copies.map(labels);
        extensions = Copies.map(extensions);
    }

    public VolumeSpec(String name, String driver, Map<String, String> driverOpts, boolean external,
                      Map<String, String> labels) {
        this(name, driver, driverOpts, external, labels, Map.of());
    }

    public static VolumeSpec named(String name) {
        return new VolumeSpec(name, null, null, false, null);
    }
}
