package dev.jcompose.engine.docker;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.MountSpec;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.PortSpec;
import dev.jcompose.engine.RestartPolicy;
import dev.jcompose.engine.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine request a spec becomes: the JSON body of {@code POST /containers/create}. */
class ContainerCreateBodyTest {

    @TempDir
    Path dir;

    private static Object mapped(ContainerSpec spec) throws Exception {
        return JsonTree.parse(json(spec));
    }

    private static String json(ContainerSpec spec) {
        return json(spec, false);
    }

    private static String json(ContainerSpec spec, boolean everyNetwork) {
        return new String(ContainerCreateBody.json(spec, everyNetwork, SeccompProfiles::inline),
                StandardCharsets.UTF_8);
    }

    private static String hostConfig(ContainerSpec spec) {
        String json = json(spec);
        return json.substring(json.indexOf("\"HostConfig\""));
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
        String json = hostConfig(ContainerSpec.builder("c", "busybox").resources(r).build());
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
        Object body = mapped(spec);
        String host = hostConfig(spec);
        for (String expected : List.of("\"Runtime\":\"runc\"", "\"OomScoreAdj\":-500", "\"UsernsMode\":\"host\"",
                "\"UTSMode\":\"host\"", "\"CgroupnsMode\":\"private\"", "\"Isolation\":\"default\"",
                "\"StorageOpt\":{\"size\":\"1G\"}", "\"VolumeDriver\":\"local\"",
                "\"Annotations\":{\"com.example.note\":\"hi\"}")) {
            assertTrue(host.contains(expected), expected + " in " + host);
        }
        assertEquals("02:42:ac:11:00:01", JsonTree.at(body, "MacAddress"));
        assertEquals(2_000_000_000L, JsonTree.at(body, "Healthcheck", "StartInterval"));
        assertEquals(30_000_000_000L, JsonTree.at(body, "Healthcheck", "StartPeriod"));
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
        ContainerSpec spec = ContainerSpec.builder("c", "busybox")
                .securityOpt("systempaths=unconfined").securityOpt("no-new-privileges:true").build();
        String host = hostConfig(spec);
        assertTrue(host.contains("\"MaskedPaths\":[]") && host.contains("\"ReadonlyPaths\":[]"), host);
        assertEquals(List.of("no-new-privileges:true"), JsonTree.at(mapped(spec), "HostConfig", "SecurityOpt"),
                "systempaths is no option the engine knows");
    }

    @Test
    void aSeccompProfileFileIsSentAsItsCompactedContent() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\",\n  \"syscalls\": [ ]\n}\n");
        Object body = mapped(ContainerSpec.builder("c", "busybox")
                .securityOpt("seccomp=" + profile).securityOpt("seccomp=unconfined")
                .securityOpt("seccomp:" + profile).build());
        String inline = "seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[]}";
        assertEquals(List.of(inline, "seccomp=unconfined", inline), JsonTree.at(body, "HostConfig", "SecurityOpt"));
    }

    @Test
    void aMissingSeccompProfileSaysWhich() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapped(
                ContainerSpec.builder("c", "busybox").securityOpt("seccomp=" + dir.resolve("nope.json")).build()));
        assertEquals("opening seccomp profile (" + dir.resolve("nope.json") + ") failed: no such file",
                e.getMessage());
    }

    @Test
    void portsMountsNetworksAndLinksAsTheEngineTakesThem() throws Exception {
        Object body = mapped(ContainerSpec.builder("p-app-1", "nginx")
                .port(PortSpec.published("127.0.0.1", "8080", 80)).port(PortSpec.published(null, "0", 81))
                .port(new PortSpec(53, "udp", "127.0.0.1", "5353")).port(PortSpec.exposed(9000))
                .port(PortSpec.published("127.0.0.1", "8081", 80))
                .mount(MountSpec.bind("/src", "/dst", true).creatingHostPath())
                .mount(new MountSpec(MountType.BIND, "/s2", "/d2", false, "rshared", false, null, null))
                .mount(new MountSpec(MountType.VOLUME, "vol", "/v", false, null, true, null, null))
                .mount(new MountSpec(MountType.TMPFS, null, "/t", false, null, false, 1024L, 0755))
                .network("p_default", new NetworkAttachmentSpec(List.of("app"), "172.20.0.5", null))
                .network("p_back", NetworkAttachmentSpec.withAliases("x"))
                .links(List.of("db:database")).volumesFrom(List.of("other:ro", "c2"))
                .capAdd("net_admin").capAdd("CAP_SYS_TIME")
                .build());
        assertEquals(Map.of("80/tcp", Map.of(), "81/tcp", Map.of(), "53/udp", Map.of(), "9000/tcp", Map.of()),
                JsonTree.at(body, "ExposedPorts"));
        assertEquals(List.of(Map.of("HostIp", "127.0.0.1", "HostPort", "8080"),
                        Map.of("HostIp", "127.0.0.1", "HostPort", "8081")),
                JsonTree.at(body, "HostConfig", "PortBindings", "80/tcp"), "one container port, two host ports");
        assertEquals(List.of(Map.of("HostIp", "", "HostPort", "")),
                JsonTree.at(body, "HostConfig", "PortBindings", "81/tcp"), "port 0 lets the engine choose");
        assertEquals(List.of("/src:/dst:ro"), JsonTree.at(body, "HostConfig", "Binds"),
                "the short syntax goes as a bind, so that the engine creates a missing source");
        List<Object> mounts = JsonTree.array(JsonTree.at(body, "HostConfig", "Mounts"));
        assertEquals("rshared", JsonTree.at(mounts.get(0), "BindOptions", "Propagation"));
        assertEquals(true, JsonTree.at(mounts.get(1), "VolumeOptions", "NoCopy"));
        assertEquals(493L, JsonTree.at(mounts.get(2), "TmpfsOptions", "Mode"));
        assertEquals("p_default", JsonTree.at(body, "HostConfig", "NetworkMode"));
        Object endpoint = JsonTree.at(body, "NetworkingConfig", "EndpointsConfig", "p_default");
        assertEquals(List.of("app"), JsonTree.at(endpoint, "Aliases"));
        assertEquals("172.20.0.5", JsonTree.at(endpoint, "IPAMConfig", "IPv4Address"));
        assertEquals(List.of("db:database"), JsonTree.at(endpoint, "Links"), "links live on the network's endpoint");
        assertEquals(null, JsonTree.at(body, "NetworkingConfig", "EndpointsConfig", "p_back"),
                "the other networks are joined before the start");
        assertEquals(List.of("other:ro", "c2:rw"), JsonTree.at(body, "HostConfig", "VolumesFrom"));
        assertEquals(List.of("NET_ADMIN", "SYS_TIME"), JsonTree.at(body, "HostConfig", "CapAdd"));
    }

    @Test
    void fromApi144EveryNetworksEndpointIsInTheRequestTheLinksOnTheFirsts() throws Exception {
        Object body = JsonTree.parse(json(ContainerSpec.builder("c", "busybox")
                .network("p_default", NetworkAttachmentSpec.withAliases("app"))
                .network("p_back", new NetworkAttachmentSpec(List.of("x"), null, null, "02:42:ac:11:fd:02"))
                .links(List.of("db:database")).build(), true));
        Object endpoints = JsonTree.at(body, "NetworkingConfig", "EndpointsConfig");
        assertEquals(List.of("db:database"), JsonTree.at(endpoints, "p_default", "Links"));
        assertEquals(List.of("app"), JsonTree.at(endpoints, "p_default", "Aliases"));
        assertEquals(Map.of("Aliases", List.of("x"), "MacAddress", "02:42:ac:11:fd:02"), JsonTree.at(endpoints, "p_back"));
    }

    @Test
    void noRestartIsSentAsComposeSendsIt() throws Exception {
        assertEquals(Map.of("Name", "no", "MaximumRetryCount", 0L),
                JsonTree.at(mapped(ContainerSpec.builder("c", "busybox").build()), "HostConfig", "RestartPolicy"));
        assertEquals(Map.of("Name", "on-failure", "MaximumRetryCount", 3L), JsonTree.at(mapped(ContainerSpec
                .builder("c", "busybox").restartPolicy(new RestartPolicy("on-failure", 3)).build()),
                "HostConfig", "RestartPolicy"));
    }
}
