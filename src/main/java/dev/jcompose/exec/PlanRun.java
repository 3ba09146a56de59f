package dev.jcompose.exec;

import dev.jcompose.engine.EngineException;
import dev.jcompose.plan.Op;
import dev.jcompose.plan.Plan;
import dev.jcompose.progress.ProgressListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One execution of a plan. An op is handed to the pool the moment the last op it waits for succeeds; a failed op
 * takes everything that (transitively) waits for it out of the run, while independent branches go on.
 * All state is guarded by {@link #lock}; ops run on the pool without it.
 */
final class PlanRun {
    /** PENDING: waits for other ops; QUEUED: handed to the pool, not begun yet. */
    private enum State { PENDING, QUEUED, RUNNING, SUCCEEDED, FAILED, SKIPPED }

    private final Plan plan;
    private final OpRunner runner;
    private final ProgressListener listener;
    private final ExecutorService pool;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, State> states = new HashMap<>();
    private final Map<String, Integer> unmetDependencies = new HashMap<>();
    private final Map<String, List<Op>> dependents = new HashMap<>();
    private final Map<String, Thread> runningWaits = new HashMap<>();
    private final List<OpFailure> failures = new ArrayList<>();
    private int unfinished;
    private String cancelReason;

    PlanRun(Plan plan, OpRunner runner, ProgressListener listener, ExecutorService pool) {
        this.plan = plan;
        this.runner = runner;
        this.listener = listener;
        this.pool = pool;
        for (Op op : plan.ops()) {
            states.put(op.id(), State.PENDING);
        }
        for (Op op : plan.ops()) {
            int unmet = 0;
            for (String dependency : plan.waitsFor(op)) {
                if (states.containsKey(dependency)) {
                    dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(op);
                    unmet++;
                }
            }
            unmetDependencies.put(op.id(), unmet);
        }
        unfinished = plan.ops().size();
    }

    /** Runs the plan to its end; {@code timeout} (null = none) cancels what is left when it passes. */
    ExecutionResult execute(Duration timeout) {
        boolean interrupted = false;
        lock.lock();
        try {
            for (Op op : plan.ops()) {
                if (unmetDependencies.get(op.id()) == 0 && states.get(op.id()) == State.PENDING) {
                    schedule(op);
                }
            }
            long deadline = timeout == null ? 0 : System.nanoTime() + timeout.toNanos();
            while (unfinished > 0) {
                try {
                    if (timeout == null || cancelReason != null) {
                        changed.await();
                    } else if (changed.awaitNanos(deadline - System.nanoTime()) <= 0 && unfinished > 0) {
                        cancel("timed out after " + readable(timeout));
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancel("interrupted");
                }
            }
            return result();
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Schedules nothing more and interrupts the waits that run; running engine calls finish. */
    void cancel(String reason) {
        lock.lock();
        try {
            if (cancelReason != null) {
                return;
            }
            cancelReason = reason;
            for (Op op : plan.ops()) {
                skip(op);
            }
            runningWaits.values().forEach(Thread::interrupt);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void schedule(Op op) {
        if (cancelReason != null) {
            skip(op);
            return;
        }
        states.put(op.id(), State.QUEUED);
        pool.execute(() -> run(op));
    }

    /** Whether the op may begin: a cancel may have come while it sat in the pool's queue. */
    private boolean begin(Op op) {
        lock.lock();
        try {
            if (states.get(op.id()) != State.QUEUED) {
                return false;
            }
            states.put(op.id(), State.RUNNING);
            if (isWait(op)) {
                runningWaits.put(op.id(), Thread.currentThread());
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void run(Op op) {
        if (!begin(op)) {
            return;
        }
        OpProgress progress = new OpProgress(op, listener);
        OpFailure failure = new OpFailure(op, op.action() + " " + op.resource() + " failed unexpectedly", List.of());
        try {
            progress.started();
            progress.done(runner.run(op, progress));
            failure = null;
        } catch (OpFailedException e) {
            failure = new OpFailure(op, e.getMessage(), e.lastLogLines());
        } catch (InterruptedException e) {
            failure = new OpFailure(op, interruptedMessage(op), List.of());
        } catch (EngineException e) {
            boolean interruptedWait = isWait(op) && wasCancelled();
            failure = new OpFailure(op, interruptedWait ? interruptedMessage(op) : e.getMessage(), List.of(), e);
        } catch (RuntimeException e) {
            failure = new OpFailure(op, op.action() + " " + op.resource() + ": " + e, List.of());
        } finally {
            if (failure != null) {
                report(progress, failure);
            }
            finished(op, failure);
        }
    }

    private void report(OpProgress progress, OpFailure failure) {
        if (isOptional(failure.op())) {
            progress.warning(failure.message());
        } else {
            progress.failed(failure.message());
        }
    }

    private void finished(Op op, OpFailure failure) {
        lock.lock();
        try {
            if (runningWaits.remove(op.id()) != null) {
                Thread.interrupted(); // a cancel's interrupt must not reach the pool thread's next op
            }
            unfinished--;
            if (failure != null && !isOptional(op)) {
                states.put(op.id(), State.FAILED);
                failures.add(failure);
                dependents.getOrDefault(op.id(), List.of()).forEach(this::skip);
            } else {
                states.put(op.id(), State.SUCCEEDED);
                for (Op dependent : dependents.getOrDefault(op.id(), List.of())) {
                    int unmet = unmetDependencies.merge(dependent.id(), -1, Integer::sum);
                    if (unmet == 0 && states.get(dependent.id()) == State.PENDING) {
                        schedule(dependent);
                    }
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void skip(Op op) {
        State state = states.get(op.id());
        if (state != State.PENDING && state != State.QUEUED) {
            return;
        }
        states.put(op.id(), State.SKIPPED);
        unfinished--;
        dependents.getOrDefault(op.id(), List.of()).forEach(this::skip);
    }

    /** Ops that wait (for a condition, a drain, a whole rollout): a cancel interrupts them. */
    private static boolean isWait(Op op) {
        return op instanceof Op.AwaitCondition || op instanceof Op.Monitor || op instanceof Op.SwitchFront
                || op instanceof Op.Rollout;
    }

    /**
     * A {@code required: false} dependency, or a pull whose image a build can make instead: its failure is a warning
     * and what waits for it goes on.
     */
    private static boolean isOptional(Op op) {
        return op instanceof Op.AwaitCondition await && !await.required()
                || op instanceof Op.PullImage pull && pull.fallbackToBuild();
    }

    private boolean wasCancelled() {
        lock.lock();
        try {
            return cancelReason != null;
        } finally {
            lock.unlock();
        }
    }

    private String interruptedMessage(Op op) {
        lock.lock();
        try {
            String reason = cancelReason == null ? "interrupted" : cancelReason;
            return op.action() + " " + op.resource() + ": " + reason;
        } finally {
            lock.unlock();
        }
    }

    private ExecutionResult result() {
        List<Op> skipped = plan.ops().stream().filter(op -> states.get(op.id()) == State.SKIPPED).toList();
        boolean succeeded = failures.isEmpty() && skipped.isEmpty() && cancelReason == null;
        return new ExecutionResult(succeeded, failures, skipped);
    }

    private static String readable(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
