package dev.jcompose.engine.docker;

import com.github.dockerjava.api.model.BlkioStatEntry;
import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import dev.jcompose.engine.ContainerStats;

import java.util.List;
import java.util.Map;

/** An engine stats sample → the figures {@code docker stats} shows, counted the way the docker CLI counts them. */
final class StatsMapper {

    private StatsMapper() {
    }

    static ContainerStats stats(String container, Statistics s) {
        CpuStatsConfig cpu = s.getCpuStats();
        CpuStatsConfig pre = s.getPreCpuStats();
        long cpuDelta = cpuTotal(cpu) - cpuTotal(pre);
        long systemDelta = system(cpu) - system(pre);
        int online = 0;
        if (cpu != null && cpu.getOnlineCpus() != null) online = cpu.getOnlineCpus().intValue();
        if (online == 0 && cpu != null && cpu.getCpuUsage() != null && cpu.getCpuUsage().getPercpuUsage() != null) {
            online = cpu.getCpuUsage().getPercpuUsage().size();
        }
        MemoryStatsConfig mem = s.getMemoryStats();
        long usage = mem == null || mem.getUsage() == null ? 0 : mem.getUsage();
        long limit = mem == null || mem.getLimit() == null ? 0 : mem.getLimit();
        long rx = 0;
        long tx = 0;
        Map<String, StatisticNetworksConfig> networks = s.getNetworks();
        if (networks != null) {
            for (StatisticNetworksConfig n : networks.values()) {
                rx += n.getRxBytes() == null ? 0 : n.getRxBytes();
                tx += n.getTxBytes() == null ? 0 : n.getTxBytes();
            }
        }
        long read = 0;
        long write = 0;
        List<BlkioStatEntry> io = s.getBlkioStats() == null ? null : s.getBlkioStats().getIoServiceBytesRecursive();
        if (io != null) {
            for (BlkioStatEntry e : io) {
                String op = e.getOp() == null ? "" : e.getOp();
                long v = e.getValue() == null ? 0 : e.getValue();
                if (op.equalsIgnoreCase("read")) read += v;
                else if (op.equalsIgnoreCase("write")) write += v;
            }
        }
        long pids = s.getPidsStats() == null || s.getPidsStats().getCurrent() == null ? 0 : s.getPidsStats().getCurrent();
        String name = s.getRawValues().get("name") instanceof String n ? n.replaceFirst("^/", "") : container;
        String id = s.getRawValues().get("id") instanceof String i ? i : container;
        return new ContainerStats(id, name, Math.max(0, cpuDelta), Math.max(0, systemDelta), online,
                usedMemory(mem, usage), limit, rx, tx, read, write, pids);
    }

    /** Usage without the inactive page cache: cgroup v1's total_inactive_file, else cgroup v2's inactive_file. */
    private static long usedMemory(MemoryStatsConfig mem, long usage) {
        if (mem == null || mem.getStats() == null) return usage;
        Long v1 = mem.getStats().getTotalInactiveFile();
        if (v1 != null) return v1 < usage ? usage - v1 : usage;
        Long v2 = mem.getStats().getInactiveFile();
        if (v2 != null && v2 < usage) return usage - v2;
        return usage;
    }

    private static long cpuTotal(CpuStatsConfig c) {
        return c == null || c.getCpuUsage() == null || c.getCpuUsage().getTotalUsage() == null
                ? 0 : c.getCpuUsage().getTotalUsage();
    }

    private static long system(CpuStatsConfig c) {
        return c == null || c.getSystemCpuUsage() == null ? 0 : c.getSystemCpuUsage();
    }
}
