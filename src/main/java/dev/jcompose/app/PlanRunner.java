package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.exec.ExecutionResult;
import dev.jcompose.exec.OpFailure;
import dev.jcompose.exec.PlanExecutor;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.progress.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/** Runs a plan and turns a failed run into a {@link StackFailure} that explains it. */
final class PlanRunner {

    private final ContainerEngine engine;
    private final ProgressListener progress;
    private final int parallelism;
    private volatile PlanExecutor running;

    PlanRunner(ContainerEngine engine, ProgressListener progress, int parallelism) {
        this.engine = engine;
        this.progress = progress;
        this.parallelism = parallelism;
    }

    void run(Plan plan) {
        ExecutionResult result = execute(plan);
        if (!result.succeeded()) throw failure(result);
    }

    /** Runs {@code plan} and returns how it went, failed or not. */
    ExecutionResult execute(Plan plan) {
        if (plan.isEmpty()) return new ExecutionResult(true, List.of(), List.of());
        PlanExecutor executor = new PlanExecutor(engine, progress, parallelism);
        running = executor;
        try {
            return executor.execute(plan);
        } finally {
            running = null;
        }
    }

    /** What failed in {@code result} and why, as the error a command reports. */
    static StackFailure failure(ExecutionResult result) {
        List<String> details = new ArrayList<>();
        List<OpFailure> failures = result.failures();
        for (int i = 0; i < failures.size(); i++) {
            OpFailure f = failures.get(i);
            if (i > 0) details.add(f.op().resource() + ": " + f.message());
            if (f.op() instanceof Op.Rollout) {
                details.addAll(f.lastLogLines()); // already says whose logs and health checks they are
            } else if (!f.lastLogLines().isEmpty()) {
                details.add("last log lines of " + f.op().resource() + ":");
                for (String line : f.lastLogLines()) details.add("  " + line);
            }
        }
        for (Op skipped : result.skipped()) {
            details.add("not done: " + skipped.action().toLowerCase() + " " + skipped.resource()
                    + " (it needed what failed)");
        }
        OpFailure first = failures.isEmpty() ? null : failures.get(0);
        String message = first == null ? "the plan did not complete" : first.op().resource() + ": " + first.message();
        Throwable engineLost = null;
        for (OpFailure f : failures) {
            if (f.cause() instanceof EngineUnreachableException) engineLost = f.cause();
        }
        return new StackFailure(message, details, engineLost);
    }

    /** Stops scheduling (Ctrl-C); ops already on the engine finish. */
    void cancel() {
        PlanExecutor e = running;
        if (e != null) e.cancel();
    }
}
