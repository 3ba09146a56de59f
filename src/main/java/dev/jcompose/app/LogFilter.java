package dev.jcompose.app;

import java.time.Instant;

/** Which log lines to show: {@code tail} null = all; {@code since}/{@code until} null = unbounded. */
public record LogFilter(boolean follow, Instant since, Instant until, Integer tail, boolean timestamps) {

    public static final LogFilter FOLLOW = new LogFilter(true, null, null, null, false);

    /** Everything from {@code start} on (a restarted container: what it printed before was shown already). */
    LogFilter from(Instant start) {
        return new LogFilter(follow, start, until, null, timestamps);
    }
}
