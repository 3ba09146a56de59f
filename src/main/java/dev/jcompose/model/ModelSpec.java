package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** A top-level {@code models} entry: an AI model the platform runs for the services that use it. */
public record ModelSpec(String name, String model, Long contextSize, List<String> runtimeFlags,
                        Map<String, Object> extensions) {
    public ModelSpec {
        runtimeFlags = Copies.list(runtimeFlags);
        extensions = Copies.map(extensions);
    }
}
