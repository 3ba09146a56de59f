package dev.jcompose.cli;

import java.util.Locale;

/** {@code --format} of {@code version}. */
public enum VersionFormat {
    PRETTY, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
