package dev.jcompose.engine;

/**
 * One sample of a container's resource usage, as {@code docker stats --no-stream} reads it.
 *
 * @param cpuDelta     CPU time the container used since the engine's previous sample (ns)
 * @param systemDelta  CPU time the whole host used in the same interval (ns)
 * @param onlineCpus   CPUs the container may use
 * @param memoryUsed   memory in use, without the page cache the kernel may reclaim (as the docker CLI counts it)
 * @param memoryLimit  the container's memory limit (the host's memory when it has none)
 */
public record ContainerStats(String id, String name, long cpuDelta, long systemDelta, int onlineCpus,
                             long memoryUsed, long memoryLimit, long netRx, long netTx, long blockRead,
                             long blockWrite, long pids) {
}
