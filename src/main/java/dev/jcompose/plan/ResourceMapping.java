package dev.jcompose.plan;

import dev.jcompose.engine.Resources;
import dev.jcompose.model.BlkioConfig;
import dev.jcompose.model.Deploy;
import dev.jcompose.model.Device;
import dev.jcompose.model.DeviceRequest;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A service's cgroup settings as the engine takes them: memory, CPU and pid limits ({@code deploy.resources} wins
 * over the service-level attributes, as in Compose), block I/O, devices and device requests.
 */
final class ResourceMapping {

    /** A CDI device name, {@code vendor.com/class=name}, as the Container Device Interface defines it. */
    private static final Pattern CDI_NAME = Pattern.compile(
            "[A-Za-z](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?"
                    + "=[A-Za-z0-9](?:[A-Za-z0-9_.:-]*[A-Za-z0-9])?");

    private ResourceMapping() {
    }

    static Resources of(Service s) {
        Deploy.Resource limits = null;
        Deploy.Resource reservations = null;
        if (s.deploy() != null && s.deploy().resources() != null) {
            limits = s.deploy().resources().limits();
            reservations = s.deploy().resources().reservations();
        }
        Long memory = limits != null && limits.memory() != null ? limits.memory() : s.memLimit();
        Long reservation = reservations != null && reservations.memory() != null
                ? reservations.memory() : s.memReservation();
        Double cpus = limits != null && limits.cpus() != null ? limits.cpus() : s.cpus();
        Long pids = limits != null && limits.pids() != null ? limits.pids() : s.pidsLimit();
        Long nanoCpus = cpus == null || cpus == 0 ? null : Math.round(cpus * 1_000_000_000d);
        Integer shares = s.cpuShares() == null ? null : s.cpuShares().intValue();
        Resources.Builder b = Resources.builder()
                .memoryBytes(memory)
                .memoryReservationBytes(reservation)
                .memorySwapBytes(s.memswapLimit())
                .nanoCpus(nanoCpus)
                .cpuShares(shares)
                .cpusetCpus(ContainerSpecFactory.emptyToNull(s.cpuset()))
                .pidsLimit(pids)
                .cpuPeriod(s.cpuPeriod())
                .cpuQuota(s.cpuQuota())
                .cpuRealtimePeriod(s.cpuRtPeriod())
                .cpuRealtimeRuntime(s.cpuRtRuntime())
                .cpuCount(s.cpuCount())
                .cpuPercent(s.cpuPercent() == null ? null : Math.round(s.cpuPercent()))
                .memorySwappiness(s.memSwappiness() == null ? null : s.memSwappiness().longValue())
                .oomKillDisable(s.oomKillDisable() ? Boolean.TRUE : null)
                .cgroupParent(ContainerSpecFactory.emptyToNull(s.cgroupParent()))
                .deviceCgroupRules(s.deviceCgroupRules());
        blkio(s.blkioConfig(), b);
        devices(s, reservations, b);
        return b.build();
    }

    private static void blkio(BlkioConfig c, Resources.Builder b) {
        if (c == null) return;
        b.blkioWeight(c.weight())
                .blkioWeightDevices(c.weightDevice().stream()
                        .map(d -> new Resources.WeightDevice(d.path(), d.weight())).toList())
                .blkioDeviceReadBps(throttles(c.deviceReadBps()))
                .blkioDeviceReadIops(throttles(c.deviceReadIops()))
                .blkioDeviceWriteBps(throttles(c.deviceWriteBps()))
                .blkioDeviceWriteIops(throttles(c.deviceWriteIops()));
    }

    private static List<Resources.Throttle> throttles(List<BlkioConfig.ThrottleDevice> devices) {
        return devices.stream().map(d -> new Resources.Throttle(d.path(), d.rate())).toList();
    }

    /**
     * {@code devices} are mapped host devices, except CDI names ({@code vendor.com/class=name}), which go to the
     * engine's {@code cdi} driver as device requests; {@code gpus} and {@code deploy.resources.reservations.devices}
     * are device requests, a {@code gpus} entry with the {@code gpu} capability added, as Compose sends them.
     */
    private static void devices(Service s, Deploy.Resource reservations, Resources.Builder b) {
        List<Resources.Device> mapped = new ArrayList<>();
        List<String> cdiNames = new ArrayList<>();
        for (Device d : s.devices()) {
            if (d.source() != null && d.source().equals(d.target()) && CDI_NAME.matcher(d.source()).matches()) {
                cdiNames.add(d.source());
            } else {
                mapped.add(new Resources.Device(d.source(), d.target(), d.permissions()));
            }
        }
        List<Resources.DeviceRequest> requests = new ArrayList<>();
        if (!cdiNames.isEmpty()) requests.add(new Resources.DeviceRequest("cdi", 0, cdiNames, null, null));
        for (DeviceRequest gpu : s.gpus()) {
            List<String> capabilities = new ArrayList<>(gpu.capabilities());
            capabilities.add("gpu");
            requests.add(request(gpu, capabilities));
        }
        if (reservations != null) {
            for (DeviceRequest d : reservations.devices()) requests.add(request(d, d.capabilities()));
        }
        b.devices(mapped).deviceRequests(requests);
    }

    /**
     * No {@code count} and no {@code device_ids} means all devices (count -1); with {@code device_ids} the count
     * stays 0, since the engine refuses a request that has both.
     */
    private static Resources.DeviceRequest request(DeviceRequest d, List<String> capabilities) {
        int count = d.count() != null ? d.count().intValue() : d.deviceIds().isEmpty() ? -1 : 0;
        return new Resources.DeviceRequest(ContainerSpecFactory.emptyToNull(d.driver()), count, d.deviceIds(),
                capabilities.isEmpty() ? List.of() : List.of(capabilities), d.options());
    }}
