package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.Resources;
import dev.jcompose.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.jcompose.plan.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every service attribute that shapes a container reaches the engine's spec, in the engine's units. */
class ContainerSpecAttributesTest {

    @TempDir
    Path dir;

    private ContainerSpec spec(String serviceYaml) {
        return spec(serviceYaml, "");
    }

    private ContainerSpec spec(String serviceYaml, String topLevel) {
        Project p = load(dir, "services:\n  web:\n    image: busybox\n" + serviceYaml.indent(4) + topLevel);
        return ContainerSpecFactory.create(p, p.service("web"), 1, "h4sh", "busybox");
    }

    @Test
    void cgroupLimitsInTheEnginesUnits() {
        Resources r = spec("""
                cpuset: "0-1"
                cpu_period: 100000
                cpu_quota: 50000
                cpu_rt_period: 1000000
                cpu_rt_runtime: 950000
                cpu_count: 2
                cpu_percent: 50
                pids_limit: 100
                mem_limit: 64m
                memswap_limit: 128m
                mem_swappiness: 10
                oom_kill_disable: true
                cgroup_parent: /jc-parent
                device_cgroup_rules: ["c 1:3 mr", "a 7:* rmw"]
                """).resources();
        assertEquals("0-1", r.cpusetCpus());
        assertEquals(100000L, r.cpuPeriod());
        assertEquals(50000L, r.cpuQuota());
        assertEquals(1000000L, r.cpuRealtimePeriod());
        assertEquals(950000L, r.cpuRealtimeRuntime());
        assertEquals(2L, r.cpuCount());
        assertEquals(50L, r.cpuPercent());
        assertEquals(100L, r.pidsLimit());
        assertEquals(64L << 20, r.memoryBytes());
        assertEquals(128L << 20, r.memorySwapBytes());
        assertEquals(10L, r.memorySwappiness());
        assertEquals(Boolean.TRUE, r.oomKillDisable());
        assertEquals("/jc-parent", r.cgroupParent());
        assertEquals(List.of("c 1:3 mr", "a 7:* rmw"), r.deviceCgroupRules());
    }

    @Test
    void unsetLimitsStayTheEnginesDefaults() {
        ContainerSpec s = spec("oom_kill_disable: false\n");
        assertEquals(Resources.NONE, s.resources());
        assertNull(s.runtime());
        assertNull(s.oomScoreAdj());
        assertNull(s.macAddress());
        assertTrue(s.annotations().isEmpty() && s.storageOpt().isEmpty());
    }

    @Test
    void blockIoRatesInBytesAndOperationsPerSecond() {
        Resources r = spec("""
                blkio_config:
                  weight: 300
                  weight_device: [{path: /dev/sda, weight: 400}]
                  device_read_bps: [{path: /dev/sda, rate: 1mb}]
                  device_write_bps: [{path: /dev/sda, rate: "512k"}]
                  device_read_iops: [{path: /dev/sda, rate: 100}]
                  device_write_iops: [{path: /dev/sda, rate: 200}]
                """).resources();
        assertEquals(300, r.blkioWeight());
        assertEquals(List.of(new Resources.WeightDevice("/dev/sda", 400)), r.blkioWeightDevices());
        assertEquals(List.of(new Resources.Throttle("/dev/sda", 1 << 20)), r.blkioDeviceReadBps());
        assertEquals(List.of(new Resources.Throttle("/dev/sda", 512 << 10)), r.blkioDeviceWriteBps());
        assertEquals(List.of(new Resources.Throttle("/dev/sda", 100)), r.blkioDeviceReadIops());
        assertEquals(List.of(new Resources.Throttle("/dev/sda", 200)), r.blkioDeviceWriteIops());
    }

    @Test
    void devicesWithTheirCgroupPermissionsAndCdiNamesAsRequests() {
        Resources r = spec("""
                devices:
                  - /dev/zero:/dev/myzero:rwm
                  - /dev/null:r
                  - /dev/full
                  - {source: /dev/random, target: /dev/rnd, permissions: rw}
                  - vendor.example/gpu=0
                """).resources();
        assertEquals(List.of(
                new Resources.Device("/dev/zero", "/dev/myzero", "rwm"),
                new Resources.Device("/dev/null", "/dev/null", "r"),
                new Resources.Device("/dev/full", "/dev/full", "rwm"),
                new Resources.Device("/dev/random", "/dev/rnd", "rw")), r.devices());
        assertEquals(List.of(new Resources.DeviceRequest("cdi", 0, List.of("vendor.example/gpu=0"), null, null)),
                r.deviceRequests());
    }

    @Test
    void gpusAndReservedDevicesAreDeviceRequests() {
        assertEquals(List.of(new Resources.DeviceRequest(null, -1, null, List.of(List.of("gpu")), null)),
                spec("gpus: all\n").resources().deviceRequests(), "gpus: all is every GPU");
        assertEquals(List.of(
                        new Resources.DeviceRequest("nvidia", 2, null, List.of(List.of("compute", "gpu")), null),
                        new Resources.DeviceRequest(null, 0, List.of("GPU-1"), List.of(List.of("gpu")), null)),
                spec("gpus: [{driver: nvidia, count: 2, capabilities: [compute]}, {device_ids: [GPU-1]}]\n")
                        .resources().deviceRequests(), "the gpu capability is added, as Compose does");
        assertEquals(List.of(
                        new Resources.DeviceRequest("nvidia", -1, null, List.of(List.of("gpu", "utility")),
                                Map.of("virtualization", "false")),
                        new Resources.DeviceRequest(null, 0, List.of("0", "3"), List.of(List.of("tpu")), null)),
                spec("""
                        deploy:
                          resources:
                            reservations:
                              devices:
                                - {driver: nvidia, capabilities: [gpu, utility], options: {virtualization: false}}
                                - {capabilities: [tpu], device_ids: ["0", "3"]}
                        """).resources().deviceRequests(),
                "no count means all; device ids keep the count at 0, which the engine requires");
    }

    @Test
    void namespacesRuntimeAndStorage() {
        ContainerSpec s = spec("""
                runtime: runc
                oom_score_adj: -500
                userns_mode: host
                uts: host
                cgroup: private
                isolation: default
                storage_opt: {size: 1G}
                annotations: {com.example.note: hello}
                ipc: shareable
                pid: host
                domainname: example.test
                stdin_open: true
                tty: true
                read_only: true
                group_add: [audio, "1234"]
                sysctls: {net.core.somaxconn: 1024}
                dns_search: [example.test]
                dns_opt: [ndots:2]
                platform: linux/amd64
                """);
        assertEquals("runc", s.runtime());
        assertEquals(-500, s.oomScoreAdj());
        assertEquals("host", s.usernsMode());
        assertEquals("host", s.utsMode());
        assertEquals("private", s.cgroupnsMode());
        assertEquals("default", s.isolation());
        assertEquals(Map.of("size", "1G"), s.storageOpt());
        assertEquals(Map.of("com.example.note", "hello"), s.annotations());
        assertEquals("shareable", s.ipcMode());
        assertEquals("host", s.pidMode());
        assertEquals("example.test", s.domainname());
        assertTrue(s.stdinOpen() && s.tty() && s.readOnlyRootfs());
        assertEquals(List.of("audio", "1234"), s.groupAdd());
        assertEquals(Map.of("net.core.somaxconn", "1024"), s.sysctls());
        assertEquals(List.of("example.test"), s.dnsSearch());
        assertEquals(List.of("ndots:2"), s.dnsOptions());
        assertEquals("linux/amd64", s.platform());
    }

    @Test
    void healthcheckStartIntervalIsKept() {
        HealthcheckSpec h = spec("healthcheck: {test: [CMD, \"true\"], start_period: 30s, start_interval: 2s}\n")
                .healthcheck();
        assertEquals(Duration.ofSeconds(30), h.startPeriod());
        assertEquals(Duration.ofSeconds(2), h.startInterval());
        assertEquals(Duration.ofMillis(500),
                spec("healthcheck: {start_interval: 500ms}\n").healthcheck().startInterval(),
                "a start interval alone still overrides the image's check");
    }

    @Test
    void theContainersMacAddressIsTheServicesOrItsFirstNetworks() {
        assertEquals("02:42:ac:11:00:09", spec("mac_address: 02:42:ac:11:00:09\n").macAddress());
        ContainerSpec s = spec("""
                networks:
                  front: {mac_address: "02:42:ac:11:00:01"}
                  back: {mac_address: "02:42:ac:11:00:02"}
                """, """
                networks:
                  front: {}
                  back: {}
                """);
        assertEquals("02:42:ac:11:00:01", s.macAddress());
        assertNull(s.networks().get("demo_front").macAddress(), "the first network's address is the container's");
        assertEquals(new NetworkAttachmentSpec(List.of("web"), null, null, "02:42:ac:11:00:02"),
                s.networks().get("demo_back"));
    }

    @Test
    void externalLinksFollowTheServicesLinks() {
        Project p = load(dir, """
                services:
                  web:
                    image: busybox
                    links: [db:database]
                    external_links: [legacy-redis, other-db:sql]
                  db:
                    image: busybox
                """);
        ContainerSpec s = ContainerSpecFactory.create(p, p.service("web"), 1, "h4sh", "busybox");
        assertEquals(List.of("demo-db-1:database", "legacy-redis:legacy-redis", "other-db:sql"), s.links());
    }

    @Test
    void aSeccompProfileFileIsFoundFromTheProjectDirectory() {
        ContainerSpec s = spec("""
                security_opt:
                  - seccomp=profiles/strict.json
                  - seccomp:unconfined
                  - no-new-privileges:true
                  - systempaths=unconfined
                """);
        assertEquals(List.of("seccomp=" + dir.resolve("profiles/strict.json"), "seccomp:unconfined",
                "no-new-privileges:true", "systempaths=unconfined"), s.securityOpt());
    }

    @Test
    void aReplicaBehindAFrontHasNoMacAddress() {
        Project p = load(dir, """
                services:
                  web:
                    image: busybox
                    mac_address: 02:42:ac:11:00:09
                    runtime: runc
                """);
        ContainerSpec s = ContainerSpecFactory.behindFront(p, p.service("web"), 1, "h4sh", "busybox", null, null, 1);
        assertNull(s.macAddress(), "two replicas run at once during a rollout");
        assertEquals("runc", s.runtime());
        assertFalse(s.networks().isEmpty());
    }
}
