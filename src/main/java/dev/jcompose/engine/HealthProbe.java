package dev.jcompose.engine;

import java.time.Instant;

/** One run of a container's healthcheck: when it started, its exit code (0 = healthy) and what it printed. */
public record HealthProbe(Instant start, int exitCode, String output) {
}
