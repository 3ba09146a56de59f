package dev.jcompose.engine;

import java.util.Map;

public record LogConfig(String driver, Map<String, String> options) {
    public LogConfig {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
