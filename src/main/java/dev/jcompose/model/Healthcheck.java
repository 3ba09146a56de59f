package dev.jcompose.model;

import java.time.Duration;
import java.util.List;

/** The container health check; unset durations and retries are null (the engine's defaults apply). */
public record Healthcheck(List<String> test, Duration interval, Duration timeout, Long retries, Duration startPeriod,
                          Duration startInterval, boolean disable) {

    public Healthcheck {
        test = Copies.list(test);
    }

    /** True when the check is switched off, by {@code disable: true} or {@code test: ["NONE"]}. */
    public boolean isDisabled() {
        return disable || (!test.isEmpty() && "NONE".equals(test.get(0)));
    }
}
