package dev.jcompose.engine;

import java.time.Instant;

/**
 * @param status   created, running, paused, restarting, removing, exited or dead
 * @param health   healthy, unhealthy, starting, or null without a healthcheck
 * @param startedAt null when never started
 */
public record ContainerState(String status, boolean running, int exitCode, String health, boolean oomKilled,
                             Instant startedAt, Instant finishedAt, String error) {
}
