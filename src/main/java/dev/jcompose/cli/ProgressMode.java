package dev.jcompose.cli;

import java.util.Locale;

/** {@code --progress}: how progress is shown on stderr. */
public enum ProgressMode {
    AUTO, TTY, PLAIN, JSON, QUIET;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
