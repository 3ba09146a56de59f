package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.model.Project;
import dev.jcompose.state.ObservedProject;
import dev.jcompose.state.ServiceHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.jcompose.plan.Fixtures.load;
import static dev.jcompose.plan.Fixtures.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Changing any attribute that shapes a container changes what is sent to the engine and the service's hash, so
 * {@code up} recreates the container and names the setting that changed; leaving it alone plans nothing.
 */
class AttributeChangeRecreatesTest {

    private static final Map<String, String> IMAGES = Map.of("busybox", "sha256:img");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "devices                                 | 'devices: [/dev/zero:/dev/myzero]' | 'devices: [/dev/zero:/dev/myzero:r]'",
            "mac_address                             | 'mac_address: 02:42:ac:11:00:01' | 'mac_address: 02:42:ac:11:00:02'",
            "runtime                                 | 'runtime: runc' | 'runtime: crun'",
            "oom_kill_disable                        | 'oom_kill_disable: false' | 'oom_kill_disable: true'",
            "oom_score_adj                           | 'oom_score_adj: 100' | 'oom_score_adj: 200'",
            "cgroup_parent                           | 'cgroup_parent: /a' | 'cgroup_parent: /b'",
            "userns_mode                             | 'userns_mode: host' | 'userns_mode: \"\"'",
            "storage_opt.size                        | 'storage_opt: {size: 1G}' | 'storage_opt: {size: 2G}'",
            "gpus                                    | 'gpus: all' | 'gpus: [{count: 1}]'",
            "deploy.resources.reservations.devices   | 'deploy: {resources: {reservations: {devices: [{capabilities: [gpu]}]}}}' | 'deploy: {resources: {reservations: {devices: [{capabilities: [gpu], count: 1}]}}}'",
            "healthcheck.start_interval              | 'healthcheck: {test: [CMD, \"true\"], start_interval: 1s}' | 'healthcheck: {test: [CMD, \"true\"], start_interval: 2s}'",
            "cpuset                                  | 'cpuset: \"0\"' | 'cpuset: \"0-1\"'",
            "cpu_quota                               | 'cpu_quota: 50000' | 'cpu_quota: 25000'",
            "cpu_period                              | 'cpu_period: 100000' | 'cpu_period: 50000'",
            "cpu_rt_runtime                          | 'cpu_rt_runtime: 1000' | 'cpu_rt_runtime: 2000'",
            "cpu_count                               | 'cpu_count: 1' | 'cpu_count: 2'",
            "cpu_percent                             | 'cpu_percent: 10' | 'cpu_percent: 20'",
            "pids_limit                              | 'pids_limit: 100' | 'pids_limit: 200'",
            "memswap_limit                           | 'memswap_limit: 128m' | 'memswap_limit: 256m'",
            "mem_swappiness                          | 'mem_swappiness: 10' | 'mem_swappiness: 20'",
            "blkio_config.weight                     | 'blkio_config: {weight: 300}' | 'blkio_config: {weight: 400}'",
            "blkio_config.device_read_bps            | 'blkio_config: {device_read_bps: [{path: /dev/sda, rate: 1mb}]}' | 'blkio_config: {device_read_bps: [{path: /dev/sda, rate: 2mb}]}'",
            "sysctls.net.core.somaxconn              | 'sysctls: {net.core.somaxconn: 1024}' | 'sysctls: {net.core.somaxconn: 2048}'",
            "security_opt                            | 'security_opt: [no-new-privileges:true]' | 'security_opt: [no-new-privileges:false]'",
            "group_add                               | 'group_add: [audio]' | 'group_add: [video]'",
            "ipc                                     | 'ipc: private' | 'ipc: shareable'",
            "pid                                     | 'pid: host' | 'pid: \"\"'",
            "uts                                     | 'uts: host' | 'uts: \"\"'",
            "isolation                               | 'isolation: default' | 'isolation: process'",
            "domainname                              | 'domainname: a.test' | 'domainname: b.test'",
            "stdin_open                              | 'stdin_open: false' | 'stdin_open: true'",
            "tty                                     | 'tty: false' | 'tty: true'",
            "read_only                               | 'read_only: false' | 'read_only: true'",
            "dns_search                              | 'dns_search: [a.test]' | 'dns_search: [b.test]'",
            "dns_opt                                 | 'dns_opt: [ndots:1]' | 'dns_opt: [ndots:2]'",
            "platform                                | 'platform: linux/amd64' | 'platform: linux/arm64'",
            "annotations.com.example.note            | 'annotations: {com.example.note: a}' | 'annotations: {com.example.note: b}'",
            "cgroup                                  | 'cgroup: host' | 'cgroup: private'",
            "device_cgroup_rules                     | 'device_cgroup_rules: [\"c 1:3 mr\"]' | 'device_cgroup_rules: [\"c 1:5 mr\"]'",
            "external_links                          | 'external_links: [redis]' | 'external_links: [\"redis:cache\"]'",
            "expose                                  | 'expose: [\"8080\"]' | 'expose: [\"8081\"]'",
    })
    void aChangeRecreatesNamingTheSetting(String setting, String before, String after) {
        Project old = project(before);
        ContainerSpec oldSpec = ContainerSpecFactory.create(old, old.service("web"), 1,
                ServiceHash.of(old, old.service("web")), "busybox", "sha256:img");
        ObservedProject observed = ObservedProject.from("demo", List.of(runningAs(oldSpec)),
                List.of(network("demo_default", "demo")), List.of());

        assertEquals("", Planner.up(old, observed, PlanOptions.defaults().withImageIds(IMAGES)).render(),
                "nothing changed, nothing to do");

        Project changed = project(after);
        ContainerSpec newSpec = ContainerSpecFactory.create(changed, changed.service("web"), 1,
                ServiceHash.of(changed, changed.service("web")), "busybox", "sha256:img");
        assertNotEquals(withoutLabels(oldSpec), withoutLabels(newSpec), "the change reaches the engine's spec");
        String plan = Planner.up(changed, observed, PlanOptions.defaults().withImageIds(IMAGES)).render();
        assertEquals("Recreating Container demo-web-1 (" + setting + " changed)", plan.lines().findFirst().orElse(""),
                plan);
    }

    @ParameterizedTest(name = "label file content")
    @CsvSource({"a=1, a=2"})
    void aChangedLabelFileRecreates(String before, String after) throws IOException {
        Files.writeString(dir.resolve("web.labels"), before + "\n");
        Project old = project("label_file: web.labels");
        ContainerSpec oldSpec = ContainerSpecFactory.create(old, old.service("web"), 1,
                ServiceHash.of(old, old.service("web")), "busybox", "sha256:img");
        assertEquals("1", oldSpec.labels().get("a"));
        ObservedProject observed = ObservedProject.from("demo", List.of(runningAs(oldSpec)),
                List.of(network("demo_default", "demo")), List.of());

        Files.writeString(dir.resolve("web.labels"), after + "\n");
        Project changed = project("label_file: web.labels");
        String plan = Planner.up(changed, observed, PlanOptions.defaults().withImageIds(IMAGES)).render();
        assertEquals("Recreating Container demo-web-1 (labels.a changed)", plan.lines().findFirst().orElse(""),
                plan);
    }

    private Project project(String attribute) {
        return load(dir, "services:\n  web:\n    image: busybox\n    " + attribute + "\n");
    }

    /** The container an earlier {@code up} made from {@code spec}, as the engine lists it. */
    private static ContainerSummary runningAs(ContainerSpec spec) {
        return new ContainerSummary("id-" + spec.name(), "/" + spec.name(), "busybox", "sha256:img", spec.labels(),
                "running", "Up", null, Instant.EPOCH, null, List.of());
    }

    /** The spec without Compose's and jcompose's own labels (which carry the hash). */
    private static ContainerSpec withoutLabels(ContainerSpec spec) {
        Map<String, String> labels = new LinkedHashMap<>(spec.labels());
        labels.keySet().removeIf(k -> k.startsWith("com.docker.compose.") || k.startsWith("dev.jcompose."));
        return spec.replacement(spec.name(), labels, spec.mounts());
    }
}
