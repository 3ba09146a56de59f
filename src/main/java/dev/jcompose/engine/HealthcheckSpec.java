package dev.jcompose.engine;

import java.time.Duration;
import java.util.List;

/**
 * The engine's healthcheck form: {@code test} is ["CMD", ...], ["CMD-SHELL", cmd] or ["NONE"]; null durations
 * and retries = engine default. {@code startInterval} needs engine API 1.44 (Docker Engine 25).
 */
public record HealthcheckSpec(List<String> test, Duration interval, Duration timeout, Integer retries,
                              Duration startPeriod, Duration startInterval) {
    public HealthcheckSpec {
        test = List.copyOf(test);
    }

    public HealthcheckSpec(List<String> test, Duration interval, Duration timeout, Integer retries,
                           Duration startPeriod) {
        this(test, interval, timeout, retries, startPeriod, null);
    }

    public HealthcheckSpec withoutStartInterval() {
        return new HealthcheckSpec(test, interval, timeout, retries, startPeriod, null);
    }
}
