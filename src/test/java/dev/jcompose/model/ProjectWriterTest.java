package dev.jcompose.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectWriterTest {

    private static Project project(Service... services) {
        Map<String, Service> m = new LinkedHashMap<>();
        for (Service s : services) m.put(s.name(), s);
        return new Project("demo", Path.of("/p"), List.of(), m, Map.of("default", NetworkSpec.named("demo_default")),
                Map.of("data", VolumeSpec.named("demo_data")), Map.of(), Map.of(), Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> plain, String name) {
        return (Map<String, Object>) ((Map<String, Object>) plain.get("services")).get(name);
    }

    @Test
    void topLevelKeysInComposeOrderWithoutEmptySections() {
        var plain = ProjectWriter.toPlain(project(Service.builder("web").image("nginx").build()));
        assertEquals(List.of("name", "services", "networks", "volumes"), List.copyOf(plain.keySet()));
        assertEquals(Map.of("name", "demo_default"), ((Map<?, ?>) plain.get("networks")).get("default"));
    }

    @Test
    void serviceKeysFollowComposeGoFieldOrder() {
        Service s = Service.builder("web")
                .volumes(List.of(new Mount(MountType.VOLUME, "data", "/data", false, null, null, null, null, null)))
                .restart("always").ports(List.of(Port.tcp(80, "8080"))).networks(Map.of("default", ServiceNetwork.PLAIN))
                .image("nginx").environment(Map.of("A", "1")).command(List.of("run")).build(Build.of("/p"))
                .healthcheck(new Healthcheck(List.of("CMD", "true"), Duration.ofSeconds(90), null, 3L, null, null,
                        false))
                .dependsOn(Map.of("db", DependsOn.started())).containerName("w").build();
        assertEquals(List.of("build", "command", "container_name", "depends_on", "environment", "healthcheck",
                "image", "networks", "ports", "restart", "volumes"), List.copyOf(service(
                ProjectWriter.toPlain(project(s)), "web").keySet()));
    }

    @Test
    void fractionalNumbersStayFractionalAndWholeOnesLoseTheFraction() {
        Service s = Service.builder("web").image("x").cpus(0.5).build();
        Service whole = Service.builder("api").image("x").cpus(2.0).build();
        var plain = ProjectWriter.toPlain(project(s, whole));
        assertEquals(0.5, service(plain, "web").get("cpus"));
        assertEquals(2L, service(plain, "api").get("cpus"));
    }

    @Test
    void portsAndVolumesInLongForm() {
        Service s = Service.builder("web").image("x")
                .ports(List.of(new Port(80, "8080", "127.0.0.1", "tcp", "ingress", null, null)))
                .volumes(List.of(new Mount(MountType.BIND, "/src", "/app", true, null,
                        new Mount.BindOptions(true, null, null, null), null, null, null)))
                .build();
        Map<String, Object> out = service(ProjectWriter.toPlain(project(s)), "web");
        Map<?, ?> port = (Map<?, ?>) ((List<?>) out.get("ports")).get(0);
        assertEquals(List.of("mode", "host_ip", "target", "published", "protocol"), List.copyOf(port.keySet()));
        assertEquals("8080", port.get("published"));
        Map<?, ?> volume = (Map<?, ?>) ((List<?>) out.get("volumes")).get(0);
        assertEquals(List.of("type", "source", "target", "read_only", "bind"), List.copyOf(volume.keySet()));
        assertEquals(Map.of("create_host_path", true), volume.get("bind"));
    }

    @Test
    void durationsGoStyleAndBytesAsNumbers() {
        Service s = Service.builder("web").image("x").stopGracePeriod(Duration.ofSeconds(90)).memLimit(536870912L)
                .healthcheck(new Healthcheck(List.of("CMD", "true"), Duration.ofSeconds(10), Duration.ofMillis(500),
                        null, null, null, false))
                .build();
        Map<String, Object> out = service(ProjectWriter.toPlain(project(s)), "web");
        assertEquals("1m30s", out.get("stop_grace_period"));
        assertEquals(536870912L, out.get("mem_limit"));
        Map<?, ?> hc = (Map<?, ?>) out.get("healthcheck");
        assertEquals(List.of("test", "timeout", "interval"), List.copyOf(hc.keySet()));
        assertEquals("10s", hc.get("interval"));
        assertEquals("500ms", hc.get("timeout"));
    }

    @Test
    void plainNetworkMembershipIsNullAndDependsOnIsLong() {
        Service s = Service.builder("web").image("x").networks(Map.of("default", ServiceNetwork.PLAIN))
                .dependsOn(Map.of("db", new DependsOn(DependsOn.Condition.SERVICE_HEALTHY, true, true))).build();
        Map<String, Object> out = service(ProjectWriter.toPlain(project(s)), "web");
        Map<?, ?> networks = (Map<?, ?>) out.get("networks");
        assertEquals(List.of("default"), List.copyOf(networks.keySet()));
        assertEquals(null, networks.get("default"));
        Map<?, ?> db = (Map<?, ?>) ((Map<?, ?>) out.get("depends_on")).get("db");
        assertEquals(List.of("condition", "restart", "required"), List.copyOf(db.keySet()));
        assertEquals("service_healthy", db.get("condition"));
    }

    @Test
    void unsetEnvironmentValuesPrintAsNullAndEmptyCommandIsKept() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SET", "1");
        env.put("UNSET", null);
        Service s = Service.builder("web").image("x").environment(env).command(List.of()).build();
        Map<String, Object> out = service(ProjectWriter.toPlain(project(s)), "web");
        Map<?, ?> printed = (Map<?, ?>) out.get("environment");
        assertEquals(List.of("SET", "UNSET"), List.copyOf(printed.keySet()));
        assertEquals(Arrays.asList("1", null), new java.util.ArrayList<>(printed.values()));
        assertEquals(List.of(), out.get("command"));
        assertFalse(out.containsKey("entrypoint"));
    }

    @Test
    void modelCollectionsAreImmutableAndKeepOrder() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("z", "1");
        labels.put("a", "2");
        Service s = Service.builder("web").labels(labels).build();
        labels.put("late", "3");
        assertEquals(List.of("z", "a"), List.copyOf(s.labels().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> s.labels().put("x", "y"));
    }
}
