package dev.jcompose.model;

import java.util.Map;

public record Logging(String driver, Map<String, String> options) {
    public Logging {
        options = Copies.map(options);
    }
}
