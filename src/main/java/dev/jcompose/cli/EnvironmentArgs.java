package dev.jcompose.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code -e KEY=VALUE} and {@code -e KEY} (the value taken from jcompose's environment) as Docker Compose reads them. */
final class EnvironmentArgs {

    private EnvironmentArgs() {
    }

    /** A bare {@code KEY} that jcompose's environment does not set is left out. */
    static Map<String, String> resolve(List<String> entries, Map<String, String> environment) {
        Map<String, String> out = new LinkedHashMap<>();
        if (entries == null) return out;
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq == 0) throw new CommandFailedException("invalid environment variable \"" + entry + "\"");
            if (eq > 0) {
                out.put(entry.substring(0, eq), entry.substring(eq + 1));
            } else if (environment.containsKey(entry)) {
                out.put(entry, environment.get(entry));
            }
        }
        return out;
    }
}
