package dev.jcompose.cli;

import java.util.Locale;

/** {@code --format} of {@code config}. */
public enum OutputFormat {
    YAML, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
