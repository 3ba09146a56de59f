package dev.jcompose.exec;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.HealthProbe;
import dev.jcompose.plan.Plan;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.RolloutPlan;
import dev.jcompose.plan.UpdatePolicy;
import dev.jcompose.progress.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Walks a {@link RolloutPlan}: prepare, then batch by batch, each batch's steps as a plan of their own. A failed
 * batch is undone at once, so the replicas it was to replace serve again; what follows is the policy's call
 * ({@link UpdatePolicy#afterFailure}): go on, pause, or undo the batches done as well.
 */
final class RolloutRunner {
    private static final int PROBES_SHOWN = 3;
    private static final java.util.concurrent.Executor SETTLERS = task -> {
        Thread t = new Thread(task, "jcompose-rollout-settle");
        t.setDaemon(true);
        t.start();
    };

    private final ContainerEngine engine;
    private final ProgressListener listener;

    RolloutRunner(ContainerEngine engine, ProgressListener listener) {
        this.engine = engine;
        this.listener = listener;
    }

    String run(Op.Rollout op, OpProgress progress) throws OpFailedException, InterruptedException {
        RolloutPlan plan = op.plan();
        String service = plan.service();
        ExecutionResult prepared = execute(plan.prepare());
        if (!prepared.succeeded()) {
            throw failure("rollout of " + service + " could not start: " + firstMessage(prepared), prepared, List.of());
        }
        List<RolloutPlan.Batch> done = new ArrayList<>();
        // Replaced replicas stop while the next batch starts: their stop is off the batch's critical path.
        List<CompletableFuture<ExecutionResult>> settling = new ArrayList<>();
        int failed = 0;
        boolean overRatio = false;
        List<String> problems = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < plan.batches().size(); i++) {
            RolloutPlan.Batch batch = plan.batches().get(i);
            progress.working("batch " + batch.number() + " of " + plan.batches().size());
            ExecutionResult result = execute(batch.forward());
            if (result.succeeded()) {
                done.add(batch);
                settling.add(settleAsync(batch.settle()));
                if (i < plan.batches().size() - 1) pause(plan.update());
                continue;
            }
            problems.add(firstMessage(result));
            details.addAll(evidence(result, batch));
            settled(settling, service);
            undo(batch, service, "batch " + batch.number());
            failed += batch.added().size();
            UpdatePolicy.Decision decision = plan.update().afterFailure(failed, plan.replacements());
            if (decision == UpdatePolicy.Decision.GO_ON) {
                progress.warning("batch " + batch.number() + " failed and was undone (within max_failure_ratio): "
                        + firstMessage(result));
                continue;
            }
            if (decision == UpdatePolicy.Decision.GO_ON_FAILED) {
                overRatio = true;
                continue;
            }
            if (decision == UpdatePolicy.Decision.PAUSE) {
                String others = plan.servingBefore().isEmpty() ? "nothing else serves"
                        : "the others still serve the previous version";
                throw new OpFailedException("rollout of " + service + " paused at batch " + batch.number() + " of "
                        + plan.batches().size() + ": " + firstMessage(result) + "; " + replacedCount(done)
                        + " replaced so far, " + others, details, null);
            }
            for (int k = done.size() - 1; k >= 0; k--) {
                undo(done.get(k), service, "batch " + done.get(k).number());
                if (k > 0) pause(plan.rollback());
            }
            if (plan.servingBefore().isEmpty()) {
                throw new OpFailedException(service + " did not come up: " + firstMessage(result)
                        + "; no replica became healthy, so nothing serves (its front has no replica to route to)",
                        details, null);
            }
            throw new OpFailedException("rollout of " + service + " rolled back: " + firstMessage(result)
                    + "; the previous version kept serving", details, null);
        }
        settled(settling, service);
        ExecutionResult finished = execute(plan.finish());
        if (!finished.succeeded()) {
            throw failure("rollout of " + service + " could not remove surplus replicas: " + firstMessage(finished),
                    finished, details);
        }
        // Until a batch has worked, the older retired generation is still what rollback goes back to.
        if (!done.isEmpty()) {
            ExecutionResult removed = execute(plan.removeOlder());
            if (!removed.succeeded()) {
                throw failure("rollout of " + service + " could not remove the older retired generation: "
                        + firstMessage(removed), removed, details);
            }
        }
        if (overRatio) {
            throw new OpFailedException("rollout of " + service + " went on past failures (failure_action: continue): "
                    + String.join("; ", problems) + "; the replicas that failed were not replaced", details, null);
        }
        return plan.backwards() ? "Rolled back to generation " + plan.generation() : "Rolled out";
    }

    private void undo(RolloutPlan.Batch batch, String service, String what)
            throws OpFailedException, InterruptedException {
        ExecutionResult reverted = execute(batch.revert());
        if (!reverted.succeeded()) {
            throw failure("rollout of " + service + ": undoing " + what + " failed: " + firstMessage(reverted)
                    + "; run the command again to finish or undo it", reverted, List.of());
        }
    }

    private CompletableFuture<ExecutionResult> settleAsync(Plan plan) {
        return CompletableFuture.supplyAsync(() -> new PlanExecutor(engine, listener, 0).execute(plan), SETTLERS);
    }

    /** Waits for every settling batch; one that failed fails the rollout (the replica it could not stop runs on). */
    private void settled(List<CompletableFuture<ExecutionResult>> settling, String service)
            throws OpFailedException, InterruptedException {
        for (CompletableFuture<ExecutionResult> f : settling) {
            ExecutionResult r;
            try {
                r = f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("settling a batch only ends with its result", e);
            }
            if (!r.succeeded()) {
                throw failure("rollout of " + service + ": a replaced replica could not be retired: " + firstMessage(r)
                        + "; run the command again to finish", r, List.of());
            }
        }
        settling.clear();
    }

    private ExecutionResult execute(Plan plan) throws InterruptedException {
        if (plan.isEmpty()) return new ExecutionResult(true, List.of(), List.of());
        ExecutionResult result = new PlanExecutor(engine, listener, 0).execute(plan);
        if (Thread.currentThread().isInterrupted()) throw new InterruptedException("rollout cancelled");
        return result;
    }

    /** The new replicas' last output and health probes, read before the batch is undone and they are gone. */
    private List<String> evidence(ExecutionResult result, RolloutPlan.Batch batch) {
        List<String> lines = new ArrayList<>();
        for (OpFailure f : result.failures()) lines.addAll(logLines(f));
        for (String name : batch.added()) {
            List<HealthProbe> probes;
            try {
                probes = engine.healthProbes(name);
            } catch (EngineException gone) {
                continue;
            }
            if (probes.isEmpty()) continue;
            lines.add("last health checks of " + name + ":");
            for (HealthProbe p : probes.subList(Math.max(0, probes.size() - PROBES_SHOWN), probes.size())) {
                String output = p.output().strip().replace('\n', ' ');
                lines.add("  exit " + p.exitCode() + (output.isEmpty() ? "" : ": " + output));
            }
        }
        return lines;
    }

    /** A failed step's last log lines under whose they are: the rollout's report names no op of its own. */
    private static List<String> logLines(OpFailure f) {
        if (f.lastLogLines().isEmpty()) return List.of();
        List<String> lines = new ArrayList<>();
        lines.add("last log lines of " + f.op().resource() + ":");
        f.lastLogLines().forEach(l -> lines.add("  " + l));
        return lines;
    }

    private static void pause(UpdatePolicy policy) throws InterruptedException {
        // update_config.delay is a pause the user asked for, not a wait for something to happen.
        if (!policy.delay().isZero()) Thread.sleep(policy.delay().toMillis());
    }

    private static OpFailedException failure(String message, ExecutionResult result, List<String> details) {
        List<String> lines = new ArrayList<>(details);
        for (OpFailure f : result.failures()) lines.addAll(logLines(f));
        return new OpFailedException(message, lines, null);
    }

    private static String firstMessage(ExecutionResult result) {
        if (!result.failures().isEmpty()) return result.failures().get(0).message();
        return "cancelled";
    }

    private static int replacedCount(List<RolloutPlan.Batch> done) {
        return done.stream().mapToInt(b -> b.added().size()).sum();
    }
}
