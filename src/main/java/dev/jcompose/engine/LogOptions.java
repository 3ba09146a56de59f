package dev.jcompose.engine;

import java.time.Instant;

/** {@code tail} null = all lines; {@code since}/{@code until} null = unbounded. */
public record LogOptions(boolean follow, Instant since, Instant until, Integer tail, boolean timestamps) {
    public static final LogOptions ALL = new LogOptions(false, null, null, null, false);

    public static LogOptions following() {
        return new LogOptions(true, null, null, null, false);
    }
}
