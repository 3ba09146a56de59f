package dev.jcompose.app;

import dev.jcompose.engine.ContainerStats;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.state.Labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code stats --no-stream}: one resource-usage sample of each of the project's containers, taken in parallel. */
public final class StatsSampler {

    /**
     * A container's usage as {@code docker stats} reports it: {@code cpuPercent} of one CPU (so up to 100 × CPUs),
     * memory without reclaimable cache, {@code memoryPercent} of the limit.
     */
    public record Sample(String id, String name, double cpuPercent, long memoryUsed, long memoryLimit,
                         double memoryPercent, long netRx, long netTx, long blockRead, long blockWrite, long pids) {

        static Sample of(ContainerStats s) {
            double cpu = s.systemDelta() > 0 && s.cpuDelta() > 0
                    ? (double) s.cpuDelta() / s.systemDelta() * Math.max(1, s.onlineCpus()) * 100.0 : 0;
            double memory = s.memoryLimit() == 0 ? 0 : 100.0 * s.memoryUsed() / s.memoryLimit();
            return new Sample(s.id(), s.name(), cpu, s.memoryUsed(), s.memoryLimit(), memory, s.netRx(), s.netTx(),
                    s.blockRead(), s.blockWrite(), s.pids());
        }
    }

    private final StackContext ctx;

    public StatsSampler(StackContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param service only this service's containers; null = all
     * @param all     stopped containers too (their figures are zero)
     * @return sorted by container name; a container removed meanwhile is left out
     */
    public List<Sample> sample(String project, String service, boolean all) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put(Labels.PROJECT, project);
        if (service != null) filter.put(Labels.SERVICE, service);
        List<ContainerSummary> containers = ctx.engine().listContainers(filter).stream()
                .filter(c -> all || "running".equals(c.state())).toList();
        if (containers.isEmpty()) return List.of();
        int threads = ctx.parallelism() > 0 ? Math.min(ctx.parallelism(), containers.size()) : containers.size();
        // the engine takes about a second per sample: one thread each, not the common pool's one or two
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jcompose-stats");
            t.setDaemon(true);
            return t;
        });
        List<Sample> out = new ArrayList<>();
        try {
            List<CompletableFuture<ContainerStats>> pending = new ArrayList<>();
            for (ContainerSummary c : containers) pending.add(CompletableFuture.supplyAsync(() -> sample(c), pool));
            for (CompletableFuture<ContainerStats> f : pending) {
                ContainerStats s = join(f);
                if (s != null) out.add(Sample.of(s));
            }
        } finally {
            pool.shutdownNow();
        }
        out.sort(Comparator.comparing(Sample::name));
        return out;
    }

    private ContainerStats sample(ContainerSummary c) {
        try {
            ContainerStats s = ctx.engine().stats(c.id());
            return new ContainerStats(c.id(), c.name(), s.cpuDelta(), s.systemDelta(), s.onlineCpus(), s.memoryUsed(),
                    s.memoryLimit(), s.netRx(), s.netTx(), s.blockRead(), s.blockWrite(), s.pids());
        } catch (NotFoundException gone) {
            return null;
        }
    }

    private static ContainerStats join(CompletableFuture<ContainerStats> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
