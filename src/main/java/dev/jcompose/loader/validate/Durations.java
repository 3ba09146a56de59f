package dev.jcompose.loader.validate;

import java.util.regex.Pattern;

/** Durations as Docker Compose reads them (Go's time.ParseDuration): {@code 10s}, {@code 1m30s}, {@code 1.5h}, {@code 0}. */
final class Durations {

    private static final Pattern GO_DURATION =
            Pattern.compile("[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)");

    private Durations() {
    }

    static boolean isValid(String text) {
        return GO_DURATION.matcher(text).matches();
    }
}
