package dev.jcompose.cli.shell;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the shell keeps its history: {@code $XDG_STATE_HOME/jcompose/history}, by default
 * {@code ~/.local/state/jcompose/history} (the XDG base directory specification's place for history).
 */
final class HistoryFile {

    private HistoryFile() {
    }

    static Path in(Map<String, String> environment) {
        String state = environment.get("XDG_STATE_HOME");
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            return Path.of(state, "jcompose", "history");
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "state", "jcompose", "history");
    }
}
