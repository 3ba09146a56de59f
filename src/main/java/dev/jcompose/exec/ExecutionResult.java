package dev.jcompose.exec;

import dev.jcompose.plan.Op;

import java.util.List;

/**
 * The outcome of a plan: {@code failures} in the order they happened, {@code skipped} (ops not run because something
 * they wait for failed, or the run was cancelled) in plan order. A failure of a {@code required: false} condition
 * is a warning, not a failure.
 */
public record ExecutionResult(boolean succeeded, List<OpFailure> failures, List<Op> skipped) {
    public ExecutionResult {
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }
}
