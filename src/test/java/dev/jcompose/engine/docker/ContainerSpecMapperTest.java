package dev.jcompose.engine.docker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.core.command.CreateContainerCmdImpl;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine request a spec becomes: docker-java's create command, and the JSON it sends. */
class ContainerSpecMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @TempDir
    Path dir;

    private static CreateContainerCmdImpl mapped(ContainerSpec spec) {
        CreateContainerCmdImpl cmd = new CreateContainerCmdImpl(command -> null, null, spec.image());
        ContainerSpecMapper.apply(spec, cmd, SeccompProfiles::inline);
        return cmd;
    }

    private static String json(Object o) throws Exception {
        return JSON.writeValueAsString(o);
    }

    @Test
    void resourcesGoToTheHostConfig() throws Exception {
        Resources r = Resources.builder()
                .cpuPeriod(100000L).cpuQuota(50000L).cpuRealtimePeriod(1000000L).cpuRealtimeRuntime(950000L)
                .cpuCount(2L).cpuPercent(50L).cpusetCpus("0").pidsLimit(100L).memoryBytes(64L << 20)
                .memorySwapBytes(128L << 20).memorySwappiness(10L).oomKillDisable(true).cgroupParent("/jc")
                .blkioWeight(300).blkioWeightDevices(List.of(new Resources.WeightDevice("/dev/vda", 400)))
                .blkioDeviceReadBps(List.of(new Resources.Throttle("/dev/vda", 1048576)))
                .blkioDeviceWriteIops(List.of(new Resources.Throttle("/dev/vda", 100)))
                .devices(List.of(new Resources.Device("/dev/zero", "/dev/myzero", "rwm")))
                .deviceCgroupRules(List.of("c 1:3 mr"))
                .deviceRequests(List.of(new Resources.DeviceRequest(null, -1, null, List.of(List.of("gpu")), null),
                        new Resources.DeviceRequest("nvidia", 0, List.of("GPU-1"), null, Map.of("a", "b"))))
                .build();
        HostConfig h = mapped(ContainerSpec.builder("c", "busybox").resources(r).build()).getHostConfig();
        String json = json(h);
        for (String expected : List.of("\"CpuPeriod\":100000", "\"CpuQuota\":50000", "\"CpuRealtimePeriod\":1000000",
                "\"CpuRealtimeRuntime\":950000", "\"CpuCount\":2", "\"CpuPercent\":50", "\"CpusetCpus\":\"0\"",
                "\"PidsLimit\":100", "\"Memory\":67108864", "\"MemorySwap\":134217728", "\"MemorySwappiness\":10",
                "\"OomKillDisable\":true", "\"CgroupParent\":\"/jc\"", "\"BlkioWeight\":300",
                "\"BlkioWeightDevice\":[{\"Path\":\"/dev/vda\",\"Weight\":400}]",
                "\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/vda\",\"Rate\":1048576}]",
                "\"BlkioDeviceWriteIOps\":[{\"Path\":\"/dev/vda\",\"Rate\":100}]",
                "\"Devices\":[{\"CgroupPermissions\":\"rwm\",\"PathOnHost\":\"/dev/zero\",\"PathInContainer\":\"/dev/myzero\"}]",
                "\"DeviceCgroupRules\":[\"c 1:3 mr\"]",
                "\"DeviceRequests\":[{\"Count\":-1,\"Capabilities\":[[\"gpu\"]]},"
                        + "{\"Driver\":\"nvidia\",\"Count\":0,\"DeviceIDs\":[\"GPU-1\"],\"Options\":{\"a\":\"b\"}}]")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
    }

    @Test
    void namespacesRuntimeAndContainerSettings() throws Exception {
        ContainerSpec spec = ContainerSpec.builder("c", "busybox")
                .runtime("runc").oomScoreAdj(-500).usernsMode("host").utsMode("host").cgroupnsMode("private")
                .isolation("Default").storageOpt(Map.of("size", "1G")).volumeDriver("local")
                .annotations(Map.of("com.example.note", "hi")).macAddress("02:42:ac:11:00:01")
                .healthcheck(new HealthcheckSpec(List.of("CMD", "true"), null, null, null, Duration.ofSeconds(30),
                        Duration.ofSeconds(2)))
                .build();
        CreateContainerCmdImpl cmd = mapped(spec);
        String host = json(cmd.getHostConfig());
        for (String expected : List.of("\"Runtime\":\"runc\"", "\"OomScoreAdj\":-500", "\"UsernsMode\":\"host\"",
                "\"UTSMode\":\"host\"", "\"CgroupnsMode\":\"private\"", "\"Isolation\":\"default\"",
                "\"StorageOpt\":{\"size\":\"1G\"}", "\"VolumeDriver\":\"local\"",
                "\"Annotations\":{\"com.example.note\":\"hi\"}")) {
            assertTrue(host.contains(expected), expected + " in " + host);
        }
        assertEquals("02:42:ac:11:00:01", cmd.getMacAddress());
        assertEquals(2_000_000_000L, cmd.getHealthcheck().getStartInterval());
        assertEquals(30_000_000_000L, cmd.getHealthcheck().getStartPeriod());
        assertFalse(host.contains("MaskedPaths"), "the engine's masks stay unless asked");
    }

    @Test
    void anUnknownIsolationIsRefusedBeforeItReachesTheEngine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mapped(ContainerSpec.builder("c", "busybox").isolation("vm").build()));
        assertEquals("isolation \"vm\" is none of default, process, hyperv", e.getMessage());
    }

    @Test
    void unconfinedSystemPathsEmptyTheMaskLists() throws Exception {
        CreateContainerCmdImpl cmd = mapped(ContainerSpec.builder("c", "busybox")
                .securityOpt("systempaths=unconfined").securityOpt("no-new-privileges:true").build());
        String host = json(cmd.getHostConfig());
        assertTrue(host.contains("\"MaskedPaths\":[]") && host.contains("\"ReadonlyPaths\":[]"), host);
        assertEquals(List.of("no-new-privileges:true"), cmd.getHostConfig().getSecurityOpts(),
                "systempaths is no option the engine knows");
    }

    @Test
    void aSeccompProfileFileIsSentAsItsCompactedContent() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\",\n  \"syscalls\": [ ]\n}\n");
        CreateContainerCmdImpl cmd = mapped(ContainerSpec.builder("c", "busybox")
                .securityOpt("seccomp=" + profile).securityOpt("seccomp=unconfined")
                .securityOpt("seccomp:" + profile).build());
        String inline = "seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[]}";
        assertEquals(List.of(inline, "seccomp=unconfined", inline), cmd.getHostConfig().getSecurityOpts());
    }

    @Test
    void aMissingSeccompProfileSaysWhich() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapped(
                ContainerSpec.builder("c", "busybox").securityOpt("seccomp=" + dir.resolve("nope.json")).build()));
        assertEquals("opening seccomp profile (" + dir.resolve("nope.json") + ") failed: no such file",
                e.getMessage());
    }
}
