package dev.jcompose.loader.bind;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.model.Build;
import dev.jcompose.model.Deploy;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Mount;
import dev.jcompose.model.MountType;
import dev.jcompose.model.Port;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.model.ServiceNetwork;
import dev.jcompose.model.Ulimit;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.jcompose.loader.bind.Trees.at;
import static dev.jcompose.loader.bind.Trees.map;
import static dev.jcompose.loader.bind.Trees.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectBinderTest {

    private static final Path DIR = Path.of("/work/app");
    private final Diagnostics diags = new Diagnostics();

    private Project bind(Object plain) {
        return ProjectBinder.bind("demo", DIR, tree(plain), diags).project();
    }

    private Service bindService(Object... attributes) {
        Project p = bind(map("services", map("web", map(attributes))));
        return p.service("web");
    }

    @Test
    void keepsServiceDeclarationOrder() {
        Project p = bind(map("services", map("zeta", map("image", "a"), "alpha", map("image", "b"),
                "mid", map("image", "c"))));
        assertEquals(List.of("zeta", "alpha", "mid"), p.serviceNames());
    }

    @Test
    void portsDefaultToTcpIngress() {
        Service s = bindService("image", "nginx", "ports", List.of(map("target", 80, "published", "8080")));
        assertEquals(List.of(new Port(80, "8080", null, "tcp", "ingress", null, null)), s.ports());
    }

    @Test
    void portKeepsExplicitValues() {
        Service s = bindService("image", "x", "ports", List.of(map("target", "53", "published", "5353",
                "host_ip", "127.0.0.1", "protocol", "udp", "mode", "host", "name", "dns", "app_protocol", "dns")));
        assertEquals(new Port(53, "5353", "127.0.0.1", "udp", "host", "dns", "dns"), s.ports().get(0));
    }

    @Test
    void buildDefaultsDockerfileUnlessInline() {
        Service plain = bindService("build", map("context", "/work/app/api"));
        assertEquals("Dockerfile", plain.build().dockerfile());
        assertEquals("/work/app/api", plain.build().context());

        Service inline = bindService("build", map("context", "/c", "dockerfile_inline", "FROM scratch"));
        assertNull(inline.build().dockerfile());
        assertEquals("FROM scratch", inline.build().dockerfileInline());
    }

    @Test
    void buildWithoutContextUsesProjectDir() {
        Build b = bindService("build", map("dockerfile", "Dockerfile.dev")).build();
        assertEquals(DIR.toString(), b.context());
        assertEquals("Dockerfile.dev", b.dockerfile());
    }

    @Test
    void buildReadsItsAttributes() {
        Build b = bindService("build", map("context", "/c", "args", map("A", "1", "B", null), "target", "prod",
                "cache_from", List.of("x:cache"), "shm_size", "64m", "tags", List.of("x:1"), "no_cache", true,
                "secrets", List.of(map("source", "npm")))).build();
        assertEquals(Arrays.asList("1", null), new java.util.ArrayList<>(b.args().values()));
        assertEquals("prod", b.target());
        assertEquals(List.of("x:cache"), b.cacheFrom());
        assertEquals(64L * 1024 * 1024, b.shmSize());
        assertTrue(b.noCache());
        assertEquals("npm", b.secrets().get(0).source());
    }

    @Test
    void dependsOnDefaultsToStartedAndRequired() {
        Project p = bind(map("services", map(
                "web", map("image", "x", "depends_on", map("db", map("condition", "service_healthy"),
                        "cache", map("required", false), "migrate", null)),
                "db", map("image", "pg"), "cache", map("image", "redis"), "migrate", map("image", "m"))));
        Map<String, DependsOn> deps = p.service("web").dependsOn();
        assertEquals(new DependsOn(DependsOn.Condition.SERVICE_HEALTHY, true, false), deps.get("db"));
        assertEquals(new DependsOn(DependsOn.Condition.SERVICE_STARTED, false, false), deps.get("cache"));
        assertEquals(DependsOn.started(), deps.get("migrate"));
    }

    @Test
    void linksAndServiceNamespacesAddRestartingDependencies() {
        Project p = bind(map("services", map(
                "web", map("image", "x", "links", List.of("db:database"), "volumes_from", List.of("data:ro"),
                        "network_mode", "service:vpn"),
                "db", map("image", "pg"), "data", map("image", "d"), "vpn", map("image", "v"))));
        Map<String, DependsOn> deps = p.service("web").dependsOn();
        assertEquals(List.of("db", "vpn", "data"), List.copyOf(deps.keySet()));
        assertTrue(deps.get("db").restart());
        assertTrue(deps.get("vpn").restart());
        assertFalse(deps.get("data").restart());
    }

    @Test
    void unknownDependsOnConditionIsLocated() {
        bind(map("services", map("web", map("image", "x", "depends_on",
                map("db", map("condition", at(4, 20, "service_ready")))), "db", map("image", "y"))));
        Diagnostic d = diags.errors().get(0);
        assertEquals("compose.yaml:4:20: services.web.depends_on.db.condition: \"service_ready\" is not a valid "
                + "condition (allowed: service_started, service_healthy, service_completed_successfully)", d.headline());
    }

    @Test
    void serviceWithoutNetworksJoinsDefaultNetwork() {
        Project p = bind(map("services", map("web", map("image", "x"), "solo", map("image", "y",
                "network_mode", "host"))));
        assertEquals(Map.of("default", ServiceNetwork.PLAIN), p.service("web").networks());
        assertTrue(p.service("solo").networks().isEmpty());
        assertEquals("demo_default", p.networks().get("default").name());
    }

    @Test
    void noDefaultNetworkWhenNobodyUsesIt() {
        Project p = bind(map("services", map("web", map("image", "x", "networks", map("front", null))),
                "networks", map("front", map())));
        assertFalse(p.networks().containsKey("default"));
        assertEquals("demo_front", p.networks().get("front").name());
    }

    @Test
    void serviceNetworkOptionsAreRead() {
        Service s = bindService("image", "x", "networks", map("back", map("aliases", List.of("api"),
                "ipv4_address", "172.16.0.10", "priority", 100)));
        ServiceNetwork n = s.networks().get("back");
        assertEquals(List.of("api"), n.aliases());
        assertEquals("172.16.0.10", n.ipv4Address());
        assertEquals(100, n.priority());
    }

    @Test
    void topLevelResourceNames() {
        Project p = bind(map("services", map(),
                "volumes", map("data", map(), "shared", map("external", true), "named", map("name", "custom"),
                        "old", map("external", true, "name", "legacy")),
                "secrets", map("token", map("file", "/s/token")),
                "configs", map("conf", map("external", true))));
        assertEquals("demo_data", p.volumes().get("data").name());
        assertEquals("shared", p.volumes().get("shared").name());
        assertTrue(p.volumes().get("shared").external());
        assertEquals("custom", p.volumes().get("named").name());
        assertEquals("legacy", p.volumes().get("old").name());
        assertEquals("demo_token", p.secrets().get("token").name());
        assertEquals("/s/token", p.secrets().get("token").file());
        assertEquals("conf", p.configs().get("conf").name());
    }

    @Test
    void networkIpamIsRead() {
        Project p = bind(map("services", map(), "networks", map("front", map("driver", "bridge",
                "ipam", map("config", List.of(map("subnet", "172.28.0.0/16", "gateway", "172.28.0.1"))),
                "internal", true, "enable_ipv6", false))));
        var n = p.networks().get("front");
        assertEquals("bridge", n.driver());
        assertEquals("172.28.0.0/16", n.ipam().config().get(0).subnet());
        assertTrue(n.internal());
        assertEquals(Boolean.FALSE, n.enableIpv6());
    }

    @Test
    void healthcheckDurationsAreParsed() {
        Service s = bindService("image", "x", "healthcheck", map("test", List.of("CMD", "true"),
                "interval", "1m30s", "timeout", "500ms", "retries", 3, "start_period", "1h"));
        assertEquals(List.of("CMD", "true"), s.healthcheck().test());
        assertEquals(Duration.ofSeconds(90), s.healthcheck().interval());
        assertEquals(Duration.ofMillis(500), s.healthcheck().timeout());
        assertEquals(3L, s.healthcheck().retries());
        assertEquals(Duration.ofHours(1), s.healthcheck().startPeriod());
    }

    @Test
    void invalidDurationIsLocated() {
        bindService("image", "x", "stop_grace_period", at(7, 24, "soon"));
        assertEquals("compose.yaml:7:24: services.web.stop_grace_period: must be a duration like 10s or 1m30s, "
                + "got \"soon\"", diags.errors().get(0).headline());
    }

    @Test
    void invalidByteSizeIsLocated() {
        bindService("image", "x", "mem_limit", at(5, 16, "lots"));
        Diagnostic d = diags.errors().get(0);
        assertEquals(SourceLocation.of("compose.yaml", 5, 16), d.location());
        assertEquals(YamlPath.parse("services.web.mem_limit"), d.path());
        assertEquals("must be a byte size like 512m or 1g, got \"lots\"", d.message());
    }

    @Test
    void resourceSizesAreBytes() {
        Service s = bindService("image", "x", "mem_limit", "512m", "shm_size", 1024, "memswap_limit", "1g");
        assertEquals(512L * 1024 * 1024, s.memLimit());
        assertEquals(1024L, s.shmSize());
        assertEquals(1024L * 1024 * 1024, s.memswapLimit());
        assertFalse(diags.hasErrors());
    }

    @Test
    void deployIsRead() {
        Service s = bindService("image", "x", "deploy", map("replicas", 3,
                "resources", map("limits", map("cpus", "0.5", "memory", "256m"), "reservations", map("memory", "64m")),
                "restart_policy", map("condition", "on-failure", "delay", "5s", "max_attempts", 3),
                "update_config", map("parallelism", 2, "delay", "10s", "order", "start-first",
                        "failure_action", "rollback"),
                "placement", map("constraints", List.of("node.role==manager"))));
        Deploy d = s.deploy();
        assertEquals(3, s.replicas());
        assertEquals(0.5, d.resources().limits().cpus());
        assertEquals(256L * 1024 * 1024, d.resources().limits().memory());
        assertEquals(64L * 1024 * 1024, d.resources().reservations().memory());
        assertEquals(new Deploy.RestartPolicy("on-failure", Duration.ofSeconds(5), 3L, null), d.restartPolicy());
        assertEquals(new Deploy.UpdateConfig(2L, Duration.ofSeconds(10), "rollback", null, null, "start-first"),
                d.updateConfig());
        assertEquals(List.of("node.role==manager"), d.placement().constraints());
    }

    @Test
    void scaleAndReplicasMustAgree() {
        bindService("image", "x", "scale", at(3, 12, 2), "deploy", map("replicas", 3));
        assertEquals("compose.yaml:3:12: services.web.scale: can't set distinct values on scale (2) and "
                + "deploy.replicas (3)", diags.errors().get(0).headline());
    }

    @Test
    void replicasDefaultToOneAndFollowScale() {
        assertEquals(1, bindService("image", "x").replicas());
        assertEquals(4, bindService("image", "x", "scale", 4).replicas());
    }

    @Test
    void volumesAreReadAndALongBindWithoutOptionsDoesNotCreateItsSource() {
        Service s = bindService("image", "x", "volumes", List.of(
                map("type", "bind", "source", "/work/app/src", "target", "/src", "read_only", true),
                map("type", "volume", "source", "data", "target", "/data", "volume", map("nocopy", true)),
                map("type", "tmpfs", "target", "/tmp", "tmpfs", map("size", "64m", "mode", "1777")),
                map("type", "bind", "source", "/x", "target", "/y", "bind", map("create_host_path", false))));
        List<Mount> v = s.volumes();
        assertEquals(MountType.BIND, v.get(0).type());
        assertTrue(v.get(0).readOnly());
        assertNull(v.get(0).bind(), "long syntax without `bind:` leaves a missing source an error, as the engine does");
        assertTrue(v.get(1).isNamedVolume());
        assertTrue(v.get(1).volume().nocopy());
        assertEquals(new Mount.TmpfsOptions(64L * 1024 * 1024, 01777), v.get(2).tmpfs());
        assertFalse(v.get(3).bind().createHostPath());
    }

    @Test
    void secretsTargetDefaultsUnderRunSecrets() {
        Service s = bindService("image", "x", "secrets", List.of(map("source", "token"),
                map("source", "key", "target", "/etc/key", "mode", "0440")),
                "configs", List.of(map("source", "conf")));
        assertEquals("/run/secrets/token", s.secrets().get(0).target());
        assertEquals("/etc/key", s.secrets().get(1).target());
        assertEquals(0440, s.secrets().get(1).mode());
        assertNull(s.configs().get(0).target());
    }

    @Test
    void environmentKeepsOrderAndUnsetValues() {
        Service s = bindService("image", "x", "environment", map("B", "2", "A", null, "C", ""));
        assertEquals(List.of("B", "A", "C"), List.copyOf(s.environment().keySet()));
        assertNull(s.environment().get("A"));
        assertTrue(s.environment().containsKey("A"));
        assertEquals("", s.environment().get("C"));
    }

    @Test
    void commandDistinguishesAbsentFromEmpty() {
        assertNull(bindService("image", "x").command());
        assertEquals(List.of(), bindService("image", "x", "command", List.of()).command());
        assertEquals(List.of("sh", "-c", "echo hi"), bindService("image", "x",
                "entrypoint", List.of("sh", "-c", "echo hi")).entrypoint());
    }

    @Test
    void scalarAttributesAreRead() {
        Service s = bindService("image", "x", "container_name", "c1", "hostname", "h", "user", "1000:1000",
                "working_dir", "/app", "restart", "unless-stopped", "privileged", true, "tty", "true",
                "stdin_open", false, "init", false, "pull_policy", "if_not_present", "cpus", 1.5, "cpu_shares", 512,
                "stop_signal", "SIGINT", "platform", "linux/amd64", "pids_limit", 100);
        assertEquals("c1", s.containerName());
        assertEquals("h", s.hostname());
        assertEquals("1000:1000", s.user());
        assertEquals("/app", s.workingDir());
        assertEquals("unless-stopped", s.restart());
        assertTrue(s.privileged());
        assertTrue(s.tty());
        assertFalse(s.stdinOpen());
        assertEquals(Boolean.FALSE, s.init());
        assertEquals("missing", s.pullPolicy());
        assertEquals(1.5, s.cpus());
        assertEquals(512L, s.cpuShares());
        assertEquals("SIGINT", s.stopSignal());
        assertEquals("linux/amd64", s.platform());
        assertEquals(100L, s.pidsLimit());
    }

    @Test
    void listAndMapAttributesAreRead() {
        Service s = bindService("image", "x", "cap_add", List.of("NET_ADMIN"), "dns", List.of("8.8.8.8"),
                "labels", map("a", "1"), "sysctls", map("net.core.somaxconn", "1024"),
                "extra_hosts", map("db", List.of("10.0.0.2", "::1")), "tmpfs", List.of("/run"),
                "expose", List.of("3000"), "profiles", List.of("debug"),
                "ulimits", map("nofile", map("soft", 1024, "hard", 2048), "nproc", 512),
                "devices", List.of(map("source", "/dev/ttyUSB0", "target", "/dev/ttyUSB0")),
                "logging", map("driver", "json-file", "options", map("max-size", "10m")));
        assertEquals(List.of("NET_ADMIN"), s.capAdd());
        assertEquals(List.of("8.8.8.8"), s.dns());
        assertEquals(Map.of("a", "1"), s.labels());
        assertEquals("1024", s.sysctls().get("net.core.somaxconn"));
        assertEquals(List.of("10.0.0.2", "::1"), s.extraHosts().get("db"));
        assertEquals(List.of("/run"), s.tmpfs());
        assertEquals(List.of("3000"), s.expose());
        assertEquals(List.of("debug"), s.profiles());
        assertEquals(new Ulimit(1024, 2048), s.ulimits().get("nofile"));
        assertEquals(new Ulimit(512, 512), s.ulimits().get("nproc"));
        assertEquals("rwm", s.devices().get(0).permissions());
        assertEquals("10m", s.logging().options().get("max-size"));
    }

    @Test
    void imageNameFallsBackToProjectAndService() {
        assertEquals("nginx:1", bindService("image", "nginx:1").imageName("demo"));
        assertEquals("demo-web", bindService("build", map("context", "/c")).imageName("demo"));
    }

    @Test
    void sourceMapLocatesEveryPath() {
        MapNode root = tree(map("services", map("web", map("image", at(3, 12, "nginx")))));
        var bound = ProjectBinder.bind("demo", DIR, root, diags);
        assertEquals(SourceLocation.of("compose.yaml", 3, 12),
                bound.sourceMap().locate(YamlPath.parse("services.web.image")));
        assertEquals(Trees.FILE, bound.sourceMap().locate(YamlPath.parse("services.web.networks.default")));
    }
}
