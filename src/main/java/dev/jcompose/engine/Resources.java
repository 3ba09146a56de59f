package dev.jcompose.engine;

import java.util.List;
import java.util.Map;

/**
 * The engine's cgroup settings of a container ({@code HostConfig}'s resources): limits, devices and block I/O.
 * Nulls and empty lists = engine default. Units as the engine takes them: bytes, nanoseconds of CPU per second
 * ({@code nanoCpus}), microseconds ({@code cpuPeriod}, {@code cpuQuota}, the realtime ones).
 */
public record Resources(Long memoryBytes, Long memoryReservationBytes, Long memorySwapBytes, Long nanoCpus,
                        Integer cpuShares, String cpusetCpus, Long pidsLimit,
                        Long cpuPeriod, Long cpuQuota, Long cpuRealtimePeriod, Long cpuRealtimeRuntime,
                        Long cpuCount, Long cpuPercent, Long memorySwappiness, Boolean oomKillDisable,
                        String cgroupParent, Integer blkioWeight, List<WeightDevice> blkioWeightDevices,
                        List<Throttle> blkioDeviceReadBps, List<Throttle> blkioDeviceReadIops,
                        List<Throttle> blkioDeviceWriteBps, List<Throttle> blkioDeviceWriteIops,
                        List<Device> devices, List<String> deviceCgroupRules, List<DeviceRequest> deviceRequests) {

    public static final Resources NONE = builder().build();

    public Resources {
        blkioWeightDevices = copy(blkioWeightDevices);
        blkioDeviceReadBps = copy(blkioDeviceReadBps);
        blkioDeviceReadIops = copy(blkioDeviceReadIops);
        blkioDeviceWriteBps = copy(blkioDeviceWriteBps);
        blkioDeviceWriteIops = copy(blkioDeviceWriteIops);
        devices = copy(devices);
        deviceCgroupRules = copy(deviceCgroupRules);
        deviceRequests = copy(deviceRequests);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A host device in the container; {@code cgroupPermissions} a combination of r, w and m. */
    public record Device(String pathOnHost, String pathInContainer, String cgroupPermissions) {
    }

    /** A relative block I/O weight for one device (10-1000). */
    public record WeightDevice(String path, int weight) {
    }

    /** A block I/O rate limit for one device: bytes or operations per second. */
    public record Throttle(String path, long rate) {
    }

    /**
     * A request for devices a driver provides (GPUs): {@code count} -1 = all, 0 with {@code deviceIds} = those;
     * each inner list of {@code capabilities} is one alternative set the driver must offer.
     */
    public record DeviceRequest(String driver, int count, List<String> deviceIds, List<List<String>> capabilities,
                                Map<String, String> options) {
        public DeviceRequest {
            deviceIds = copy(deviceIds);
            capabilities = capabilities == null ? List.of() : capabilities.stream().map(List::copyOf).toList();
            options = options == null ? Map.of() : Map.copyOf(options);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Mutable builder; unset fields take the engine default. */
    public static final class Builder {
        private Long memoryBytes;
        private Long memoryReservationBytes;
        private Long memorySwapBytes;
        private Long nanoCpus;
        private Integer cpuShares;
        private String cpusetCpus;
        private Long pidsLimit;
        private Long cpuPeriod;
        private Long cpuQuota;
        private Long cpuRealtimePeriod;
        private Long cpuRealtimeRuntime;
        private Long cpuCount;
        private Long cpuPercent;
        private Long memorySwappiness;
        private Boolean oomKillDisable;
        private String cgroupParent;
        private Integer blkioWeight;
        private List<WeightDevice> blkioWeightDevices;
        private List<Throttle> blkioDeviceReadBps;
        private List<Throttle> blkioDeviceReadIops;
        private List<Throttle> blkioDeviceWriteBps;
        private List<Throttle> blkioDeviceWriteIops;
        private List<Device> devices;
        private List<String> deviceCgroupRules;
        private List<DeviceRequest> deviceRequests;

        private Builder() {
        }

        public Builder memoryBytes(Long v) { memoryBytes = v; return this; }
        public Builder memoryReservationBytes(Long v) { memoryReservationBytes = v; return this; }
        public Builder memorySwapBytes(Long v) { memorySwapBytes = v; return this; }
        public Builder nanoCpus(Long v) { nanoCpus = v; return this; }
        public Builder cpuShares(Integer v) { cpuShares = v; return this; }
        public Builder cpusetCpus(String v) { cpusetCpus = v; return this; }
        public Builder pidsLimit(Long v) { pidsLimit = v; return this; }
        public Builder cpuPeriod(Long v) { cpuPeriod = v; return this; }
        public Builder cpuQuota(Long v) { cpuQuota = v; return this; }
        public Builder cpuRealtimePeriod(Long v) { cpuRealtimePeriod = v; return this; }
        public Builder cpuRealtimeRuntime(Long v) { cpuRealtimeRuntime = v; return this; }
        public Builder cpuCount(Long v) { cpuCount = v; return this; }
        public Builder cpuPercent(Long v) { cpuPercent = v; return this; }
        public Builder memorySwappiness(Long v) { memorySwappiness = v; return this; }
        public Builder oomKillDisable(Boolean v) { oomKillDisable = v; return this; }
        public Builder cgroupParent(String v) { cgroupParent = v; return this; }
        public Builder blkioWeight(Integer v) { blkioWeight = v; return this; }
        public Builder blkioWeightDevices(List<WeightDevice> v) { blkioWeightDevices = v; return this; }
        public Builder blkioDeviceReadBps(List<Throttle> v) { blkioDeviceReadBps = v; return this; }
        public Builder blkioDeviceReadIops(List<Throttle> v) { blkioDeviceReadIops = v; return this; }
        public Builder blkioDeviceWriteBps(List<Throttle> v) { blkioDeviceWriteBps = v; return this; }
        public Builder blkioDeviceWriteIops(List<Throttle> v) { blkioDeviceWriteIops = v; return this; }
        public Builder devices(List<Device> v) { devices = v; return this; }
        public Builder deviceCgroupRules(List<String> v) { deviceCgroupRules = v; return this; }
        public Builder deviceRequests(List<DeviceRequest> v) { deviceRequests = v; return this; }

        public Resources build() {
            return new Resources(memoryBytes, memoryReservationBytes, memorySwapBytes, nanoCpus, cpuShares,
                    cpusetCpus, pidsLimit, cpuPeriod, cpuQuota, cpuRealtimePeriod, cpuRealtimeRuntime, cpuCount,
                    cpuPercent, memorySwappiness, oomKillDisable, cgroupParent, blkioWeight, blkioWeightDevices,
                    blkioDeviceReadBps, blkioDeviceReadIops, blkioDeviceWriteBps, blkioDeviceWriteIops, devices,
                    deviceCgroupRules, deviceRequests);
        }
    }
}
