package dev.jcompose.exec;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.plan.Plan;
import dev.jcompose.progress.ProgressListener;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a plan against an engine and makes no decisions of its own: each op is one engine call (or one wait),
 * started as soon as every op it waits for has succeeded, with at most {@code parallelism} ops at a time.
 * Progress goes to the listener as ops start, finish and fail.
 */
public final class PlanExecutor {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ContainerEngine engine;
    private final ProgressListener listener;
    private final int parallelism;
    private final Duration timeout;
    private final AtomicReference<PlanRun> current = new AtomicReference<>();
    private volatile boolean cancelled;

    /** @param parallelism the most ops running at once; 0 or less = no limit */
    public PlanExecutor(ContainerEngine engine, ProgressListener listener, int parallelism) {
        this(engine, listener, parallelism, null);
    }

    /** @param timeout how long a whole plan may take before what is left is cancelled; null = no limit */
    public PlanExecutor(ContainerEngine engine, ProgressListener listener, int parallelism, Duration timeout) {
        this.engine = engine;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.parallelism = parallelism;
        this.timeout = timeout;
    }

    /** Runs {@code plan} to its end (or until cancelled) and returns what failed and what was skipped. */
    public ExecutionResult execute(Plan plan) {
        ExecutorService pool = newPool();
        PlanRun run = new PlanRun(plan, new OpRunner(engine, listener), listener, pool);
        current.set(run);
        try {
            if (cancelled) {
                run.cancel("cancelled");
            }
            return run.execute(timeout);
        } finally {
            current.set(null);
            pool.shutdown();
        }
    }

    /**
     * Stops scheduling ops and interrupts running waits, for Ctrl-C; engine calls already under way finish.
     * Ops not run are reported as skipped. A cancelled executor runs nothing more.
     */
    public void cancel() {
        cancelled = true;
        PlanRun run = current.get();
        if (run != null) {
            run.cancel("cancelled");
        }
    }

    private ExecutorService newPool() {
        ThreadFactory threads = threadFactory("jcompose-exec-" + POOLS.incrementAndGet() + "-");
        ThreadPoolExecutor pool = parallelism > 0
                ? new ThreadPoolExecutor(parallelism, parallelism, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads)
                : new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory threadFactory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
