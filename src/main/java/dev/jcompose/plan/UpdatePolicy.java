package dev.jcompose.plan;

import dev.jcompose.model.Deploy;

import java.time.Duration;
import java.util.Locale;

/**
 * How a rollout (or its way back) proceeds: {@code deploy.update_config} or {@code rollback_config} with jcompose's
 * defaults filled in.
 *
 * @param parallelism     replicas replaced per batch (at least 1)
 * @param delay           pause between batches
 * @param monitor         how long a new replica must keep running (and stay healthy) before its batch counts as done
 * @param maxFailureRatio the share of replacements that may fail before {@code failureAction} applies
 */
public record UpdatePolicy(int parallelism, Duration delay, Duration monitor, double maxFailureRatio,
                           FailureAction failureAction, Order order) {

    public enum FailureAction { ROLLBACK, PAUSE, CONTINUE }

    public enum Order { START_FIRST, STOP_FIRST }

    /** Without a healthcheck, "still running after monitor" is all there is to go on: Swarm's 5 s. */
    public static final Duration MONITOR_WITHOUT_HEALTHCHECK = Duration.ofSeconds(5);

    /**
     * @param config       the service's settings; null = all defaults
     * @param healthcheck  whether the service has a healthcheck (decides the default monitor)
     * @param defaultOrder the order when the settings name none
     * @param onFailure    the failure action when the settings name none
     */
    public static UpdatePolicy of(Deploy.UpdateConfig config, boolean healthcheck, Order defaultOrder,
                                  FailureAction onFailure) {
        Duration defaultMonitor = healthcheck ? Duration.ZERO : MONITOR_WITHOUT_HEALTHCHECK;
        if (config == null) return new UpdatePolicy(1, Duration.ZERO, defaultMonitor, 0, onFailure, defaultOrder);
        int parallelism = config.parallelism() == null || config.parallelism() < 1 ? 1
                : (int) Math.min(Integer.MAX_VALUE, config.parallelism());
        Duration monitor = config.monitor() == null ? defaultMonitor : config.monitor();
        return new UpdatePolicy(parallelism,
                config.delay() == null ? Duration.ZERO : config.delay(),
                monitor,
                config.maxFailureRatio() == null ? 0 : config.maxFailureRatio(),
                config.failureAction() == null ? onFailure : action(config.failureAction(), onFailure),
                config.order() == null ? defaultOrder : order(config.order(), defaultOrder));
    }

    public UpdatePolicy withOrder(Order v) {
        return new UpdatePolicy(parallelism, delay, monitor, maxFailureRatio, failureAction, v);
    }

    public UpdatePolicy withFailureAction(FailureAction v) {
        return new UpdatePolicy(parallelism, delay, monitor, maxFailureRatio, v, order);
    }

    /** What to do after a failed batch, given how many replacements failed so far out of {@code total}. */
    public Decision afterFailure(int failed, int total) {
        double ratio = total == 0 ? 1 : (double) failed / total;
        if (ratio <= maxFailureRatio) return Decision.GO_ON;
        return switch (failureAction) {
            case ROLLBACK -> Decision.ROLL_BACK;
            case PAUSE -> Decision.PAUSE;
            case CONTINUE -> Decision.GO_ON_FAILED;
        };
    }

    /**
     * GO_ON: within {@code max_failure_ratio}, the next batch follows; GO_ON_FAILED: the next batch follows, but the
     * rollout will report failure; PAUSE: stop where it is; ROLL_BACK: undo the batches done.
     */
    public enum Decision { GO_ON, GO_ON_FAILED, PAUSE, ROLL_BACK }

    private static FailureAction action(String text, FailureAction fallback) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "rollback" -> FailureAction.ROLLBACK;
            case "pause" -> FailureAction.PAUSE;
            case "continue" -> FailureAction.CONTINUE;
            default -> fallback;
        };
    }

    private static Order order(String text, Order fallback) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "start-first" -> Order.START_FIRST;
            case "stop-first" -> Order.STOP_FIRST;
            default -> fallback;
        };
    }
}
