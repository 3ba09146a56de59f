package dev.jcompose.engine;

import java.time.Duration;
import java.util.List;

/**
 * The engine's healthcheck form: {@code test} is ["CMD", ...], ["CMD-SHELL", cmd] or ["NONE"]; null durations
 * and retries = engine default.
 */
public record HealthcheckSpec(List<String> test, Duration interval, Duration timeout, Integer retries,
                              Duration startPeriod) {
    public HealthcheckSpec {
        test = List.copyOf(test);
    }
}
