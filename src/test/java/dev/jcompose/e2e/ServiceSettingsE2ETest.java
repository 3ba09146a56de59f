package dev.jcompose.e2e;

import dev.jcompose.engine.ApiFeatures;
import dev.jcompose.engine.docker.RawInspect;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service attributes that shape a container, on the real engine: what {@code docker inspect} shows and what
 * the container sees, settings the engine's API version cannot carry, and requests this machine cannot meet (no
 * GPU, no xfs quota) reported with the engine's reason.
 */
class ServiceSettingsE2ETest extends EngineE2E {

    private static final String MAC = "02:42:ac:11:fe:01";

    private static final String APP = """
            services:
              target:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
              app:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                depends_on: [target]
                hostname: app
                domainname: example.test
                devices: ["/dev/zero:/dev/myzero:rwm"]
                device_cgroup_rules: ["c 1:3 mr"]
                mac_address: %s
                runtime: runc
                oom_kill_disable: true
                oom_score_adj: %d
                cgroup_parent: /docker
                userns_mode: host
                cgroup: private
                isolation: default
                ipc: shareable
                cpuset: "0"
                cpu_period: 100000
                cpu_quota: 50000
                pids_limit: 100
                mem_limit: 64m
                memswap_limit: 128m
                mem_swappiness: 10
                %s
                sysctls: {net.core.somaxconn: 1024}
                security_opt: [no-new-privileges:true]
                group_add: ["1234"]
                stdin_open: true
                tty: true
                read_only: true
                dns_search: [example.test]
                dns_opt: ["ndots:2"]
                platform: linux/%s
                annotations: {com.example.note: hi}
                expose: ["8080"]
                external_links: ["%s:legacy"]
                label_file: app.labels
                healthcheck:
                  test: ["CMD", "true"]
                  interval: 1s
                  start_period: 30s
                  start_interval: 1s
              gpu:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                profiles: [gpu]
                gpus: all
              sized:
                image: jcompose-test/busybox:latest
                command: $SERVE_UNTIL_STOPPED
                profiles: [sized]
                storage_opt: {size: 1G}
            """;

    /** A block device of this machine for the blkio rates (the kernel wants a real one), if there is one. */
    private static Optional<String> blockDevice() throws IOException {
        Path sys = Path.of("/sys/block");
        if (!Files.isDirectory(sys)) return Optional.empty();
        try (Stream<Path> devices = Files.list(sys)) {
            return devices.map(p -> p.getFileName().toString())
                    .filter(n -> !n.matches("(loop|ram|zram|sr|fd|nbd|md|dm-).*"))
                    .map(n -> "/dev/" + n).filter(p -> Files.exists(Path.of(p))).sorted().findFirst();
        }
    }

    private String compose(Stack s, int oomScoreAdj, Optional<String> disk) {
        String blkio = disk.map(d -> "blkio_config: {device_read_bps: [{path: " + d + ", rate: 1mb}], "
                + "device_write_iops: [{path: " + d + ", rate: 100}]}").orElse("");
        String arch = engine.info().arch();
        return APP.formatted(MAC, oomScoreAdj, blkio, arch, s.name("target", 1));
    }

    @Test
    void everySettingReachesTheEngineAndTheContainer() throws Exception {
        Optional<String> disk = blockDevice();
        try (Stack s = stack("settings")) {
            s.write("app.labels", "com.example.origin=label-file\ncom.example.team=core\n");
            s.write("compose.yaml", compose(s, 500, disk));
            Stack.Run up = s.ok("up", "-d", "--wait");
            String app = s.name("app", 1);

            // what the engine's API version cannot carry is left out, and said so; up goes on
            String api = engine.info().negotiatedApiVersion();
            if (ApiFeatures.older(api, "1.44")) {
                assertTrue(up.err().contains(" Container " + app + "  Warning healthcheck start_interval needs "
                        + "engine API 1.44 (Docker Engine 25 or later); this engine speaks API " + api
                        + ", so it is not applied"), up.err());
            }
            if (ApiFeatures.older(api, "1.43")) {
                assertTrue(up.err().contains(" Container " + app + "  Warning annotations need engine API 1.43"),
                        up.err());
            }

            String json = RawInspect.json(engine, app);
            List<String> expected = new ArrayList<>(List.of(
                    "\"Devices\":[{\"PathOnHost\":\"/dev/zero\",\"PathInContainer\":\"/dev/myzero\","
                            + "\"CgroupPermissions\":\"rwm\"}]",
                    "\"DeviceCgroupRules\":[\"c 1:3 mr\"]",
                    "\"MacAddress\":\"" + MAC + "\"",
                    "\"Runtime\":\"runc\"",
                    "\"OomKillDisable\":true",
                    "\"OomScoreAdj\":500",
                    "\"CgroupParent\":\"/docker\"",
                    "\"UsernsMode\":\"host\"",
                    "\"CgroupnsMode\":\"private\"",
                    "\"Isolation\":\"default\"",
                    "\"IpcMode\":\"shareable\"",
                    "\"CpusetCpus\":\"0\"",
                    "\"CpuPeriod\":100000",
                    "\"CpuQuota\":50000",
                    "\"PidsLimit\":100",
                    "\"Memory\":67108864",
                    "\"MemorySwap\":134217728",
                    "\"MemorySwappiness\":10",
                    "\"Sysctls\":{\"net.core.somaxconn\":\"1024\"}",
                    "\"SecurityOpt\":[\"no-new-privileges:true\"]",
                    "\"GroupAdd\":[\"1234\"]",
                    "\"Domainname\":\"example.test\"",
                    "\"OpenStdin\":true",
                    "\"Tty\":true",
                    "\"ReadonlyRootfs\":true",
                    "\"DnsSearch\":[\"example.test\"]",
                    "\"DnsOptions\":[\"ndots:2\"]",
                    "\"8080/tcp\":{}",
                    // on a network of its own, a link is the endpoint's
                    "\"Links\":[\"" + s.name("target", 1) + ":legacy\"]",
                    "\"com.example.origin\":\"label-file\"",
                    "\"StartPeriod\":30000000000"));
            disk.ifPresent(d -> {
                expected.add("\"BlkioDeviceReadBps\":[{\"Path\":\"" + d + "\",\"Rate\":1048576}]");
                expected.add("\"BlkioDeviceWriteIOps\":[{\"Path\":\"" + d + "\",\"Rate\":100}]");
            });
            for (String e : expected) assertTrue(json.contains(e), e + " in " + json);

            // what the container sees
            assertTrue(s.exec(app, "sh", "-c", "test -c /dev/myzero && head -c 4 /dev/myzero | wc -c")
                    .out().strip().equals("4"), "the device is there and reads");
            assertEquals("500", s.exec(app, "cat", "/proc/1/oom_score_adj").out().strip());
            assertTrue(s.exec(app, "id", "-G").out().strip().matches("(.* )?1234( .*)?"), "group_add");
            assertEquals(MAC, s.exec(app, "cat", "/sys/class/net/eth0/address").out().strip());
            assertEquals("1024", s.exec(app, "cat", "/proc/sys/net/core/somaxconn").out().strip());
            assertEquals("example.test", s.exec(app, "hostname", "-d").out().strip());
            assertFalse(s.exec(app, "touch", "/written").exitCode() == 0, "read_only");
            assertEquals("healthy", engine.inspectContainer(app).state().health(),
                    "the healthcheck runs without its start interval");

            // a changed setting recreates the container, naming it
            s.write("compose.yaml", compose(s, 600, disk));
            String plan = s.ok("--dry-run", "up", "-d").out();
            assertTrue(plan.contains("Recreating Container " + app + " (oom_score_adj changed)"), plan);
            assertFalse(plan.contains("Recreating Container " + s.name("target", 1)), "only app changed:\n" + plan);
            s.ok("up", "-d");
            assertEquals("600", s.exec(app, "cat", "/proc/1/oom_score_adj").out().strip());
        }
    }

    @Test
    void requestsThisEngineCannotMeetFailWithItsReason() throws Exception {
        try (Stack s = stack("unmet")) {
            s.write("app.labels", "a=1\n");
            s.write("compose.yaml", compose(s, 500, Optional.empty()));
            String gpu = s.name("gpu", 1);

            // the request reaches the engine: it is in the container the engine made
            s.ok("--profile", "gpu", "create", "gpu");
            assertTrue(RawInspect.json(engine, gpu).contains("\"DeviceRequests\":[{\"Driver\":\"\",\"Count\":-1,"
                    + "\"DeviceIDs\":null,\"Capabilities\":[[\"gpu\"]],\"Options\":null}]"), RawInspect.json(engine, gpu));
            Stack.Run started = s.jc("--profile", "gpu", "up", "-d", "gpu");
            if (started.exitCode() != 0) {
                assertEquals(1, started.exitCode(), started.toString());
                assertTrue(started.err().contains("could not select device driver \"\" with capabilities: [[gpu]]"),
                        started.toString());
            }

            Stack.Run sized = s.jc("--profile", "sized", "up", "-d", "sized");
            if (sized.exitCode() == 0) {
                assertTrue(RawInspect.json(engine, s.name("sized", 1)).contains("\"StorageOpt\":{\"size\":\"1G\"}"));
            } else {
                assertEquals(1, sized.exitCode(), sized.toString());
                assertTrue(sized.err().contains("--storage-opt is supported only for overlay over xfs"),
                        sized.toString());
            }
        }
    }
}
