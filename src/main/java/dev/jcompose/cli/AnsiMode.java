package dev.jcompose.cli;

import java.util.Locale;

/** {@code --ansi}: when to print ANSI control characters. */
public enum AnsiMode {
    NEVER, ALWAYS, AUTO;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
