package dev.jcompose.plan;

import dev.jcompose.model.Deploy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpdatePolicyTest {

    @Test
    void defaultsDependOnWhetherThereIsAHealthcheck() {
        UpdatePolicy withCheck = UpdatePolicy.of(null, true, UpdatePolicy.Order.START_FIRST,
                UpdatePolicy.FailureAction.ROLLBACK);
        assertEquals(new UpdatePolicy(1, Duration.ZERO, Duration.ZERO, 0, UpdatePolicy.FailureAction.ROLLBACK,
                UpdatePolicy.Order.START_FIRST), withCheck);
        UpdatePolicy without = UpdatePolicy.of(new Deploy.UpdateConfig(null, null, null, null, null, "start-first"),
                false, UpdatePolicy.Order.START_FIRST, UpdatePolicy.FailureAction.ROLLBACK);
        assertEquals(Duration.ofSeconds(5), without.monitor(), "still running after monitor is the only signal");
    }

    @Test
    void theServicesSettingsWin() {
        UpdatePolicy p = UpdatePolicy.of(new Deploy.UpdateConfig(3L, Duration.ofSeconds(2), "pause",
                Duration.ofSeconds(7), 0.5, "stop-first"), true, UpdatePolicy.Order.START_FIRST,
                UpdatePolicy.FailureAction.ROLLBACK);
        assertEquals(new UpdatePolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(7), 0.5,
                UpdatePolicy.FailureAction.PAUSE, UpdatePolicy.Order.STOP_FIRST), p);
        assertEquals(1, UpdatePolicy.of(new Deploy.UpdateConfig(0L, null, null, null, null, null), true,
                UpdatePolicy.Order.START_FIRST, UpdatePolicy.FailureAction.ROLLBACK).parallelism(), "at least one");
    }

    @Test
    void afterAFailureTheRatioDecidesThenTheAction() {
        UpdatePolicy tolerant = new UpdatePolicy(1, Duration.ZERO, Duration.ZERO, 0.25,
                UpdatePolicy.FailureAction.ROLLBACK, UpdatePolicy.Order.START_FIRST);
        assertEquals(UpdatePolicy.Decision.GO_ON, tolerant.afterFailure(1, 4));
        assertEquals(UpdatePolicy.Decision.ROLL_BACK, tolerant.afterFailure(2, 4));
        assertEquals(UpdatePolicy.Decision.PAUSE, tolerant.withFailureAction(UpdatePolicy.FailureAction.PAUSE)
                .afterFailure(2, 4));
        assertEquals(UpdatePolicy.Decision.GO_ON_FAILED, tolerant.withFailureAction(UpdatePolicy.FailureAction.CONTINUE)
                .afterFailure(2, 4));
    }
}
