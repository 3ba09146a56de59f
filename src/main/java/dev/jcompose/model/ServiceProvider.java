package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** A service implemented by a provider plugin instead of a container. */
public record ServiceProvider(String type, Map<String, List<String>> options) {
    public ServiceProvider {
        options = Copies.map(options);
    }
}
