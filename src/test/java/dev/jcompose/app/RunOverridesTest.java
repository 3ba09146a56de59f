package dev.jcompose.app;

import dev.jcompose.model.Mount;
import dev.jcompose.model.MountType;
import dev.jcompose.model.Port;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.plan.PlanOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunOverridesTest {

    private static OneOffRun.Request request(List<String> command, List<String> entrypoint, List<String> publish,
                                             boolean servicePorts) {
        return new OneOffRun.Request("web", command, entrypoint, Map.of("B", "run"), Map.of("l", "v"), "1000",
                "/w", List.of("./data:/data:ro"), publish, List.of(), List.of(), servicePorts, null, false, false, false, false, false,
                true, PlanOptions.defaults(), "/home/me");
    }

    private static Project project(Service s) {
        return new Project("demo", Path.of("/proj"), List.of(), Map.of(s.name(), s), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of());
    }

    @Test
    void theRunsOptionsChangeTheService() {
        Service s = Service.builder("web").image("img").command(List.of("serve")).containerName("fixed")
                .environment(Map.of("A", "file", "B", "file")).restart("always")
                .ports(List.of(Port.tcp(80, "8080"))).build();
        Service run = RunOverrides.apply(project(s), s, request(List.of(), List.of("sh", "-c"), List.of(), false));
        assertEquals(List.of(), run.command(), "an entrypoint without a command clears the command");
        assertEquals(List.of("sh", "-c"), run.entrypoint());
        assertEquals(Map.of("A", "file", "B", "run"), run.environment());
        assertEquals("1000", run.user());
        assertEquals("/w", run.workingDir());
        assertEquals("v", run.labels().get("l"));
        assertEquals("no", run.restart());
        assertNull(run.containerName(), "container_name does not apply to one-off containers");
        assertTrue(run.ports().isEmpty(), "no ports without --service-ports");
        assertTrue(run.stdinOpen());
        Mount data = run.volumes().get(0);
        assertEquals(new Mount(MountType.BIND, "/proj/data", "/data", true, null,
                new Mount.BindOptions(true, null, null, null), null, null, null), data);

        Service kept = RunOverrides.apply(project(s), s, request(List.of("echo", "hi"), null, List.of(), true));
        assertEquals(List.of("echo", "hi"), kept.command());
        assertEquals(List.of(Port.tcp(80, "8080")), kept.ports());
        Service published = RunOverrides.apply(project(s), s, request(List.of(), null, List.of("127.0.0.1:9000:90/udp"), false));
        assertEquals(List.of(new Port(90, "9000", "127.0.0.1", "udp", "ingress", null, null)), published.ports());
        assertEquals(List.of("serve"), published.command());
    }

    @Test
    void capabilitiesAddedOrDroppedByTheRunWinOverTheServices() {
        Service s = Service.builder("web").image("img").capAdd(List.of("SYS_ADMIN")).capDrop(List.of("CHOWN", "NET_RAW"))
                .build();
        OneOffRun.Request r = request(List.of(), null, List.of(), false);
        OneOffRun.Request caps = new OneOffRun.Request(r.service(), r.command(), r.entrypoint(), r.env(), r.labels(),
                r.user(), r.workdir(), r.volumes(), r.publish(), List.of("NET_RAW"), List.of("SYS_ADMIN", "MKNOD"),
                r.servicePorts(), r.name(), r.noDeps(), r.useAliases(), r.detach(), r.remove(), r.tty(),
                r.interactive(), r.plan(), r.home());
        Service run = RunOverrides.apply(project(s), s, caps);
        assertEquals(List.of("NET_RAW"), run.capAdd());
        assertEquals(List.of("CHOWN", "SYS_ADMIN", "MKNOD"), run.capDrop());
        assertEquals(List.of("SYS_ADMIN"), RunOverrides.apply(project(s), s, r).capAdd(), "none given: the service's");
    }

    @Test
    void portsInShortSyntax() {
        assertEquals(new Port(80, null, null, "tcp", "ingress", null, null), RunOverrides.port("80"));
        assertEquals(new Port(80, "8000-8010", null, "tcp", "ingress", null, null), RunOverrides.port("8000-8010:80"));
        assertEquals(new Port(53, "5353", "::1", "udp", "ingress", null, null), RunOverrides.port("[::1]:5353:53/udp"));
        assertEquals(new Port(80, null, "127.0.0.1", "tcp", "ingress", null, null), RunOverrides.port("127.0.0.1::80"));
        for (String bad : List.of("x", "80/ftp", "1:2:3:4", "70000", "a:80")) {
            StackFailure e = assertThrows(StackFailure.class, () -> RunOverrides.port(bad), bad);
            assertTrue(e.getMessage().startsWith("invalid port \"" + bad + "\""), e.getMessage());
        }
    }

    @Test
    void volumesInShortSyntax() {
        Path dir = Path.of("/proj");
        assertEquals(MountType.VOLUME, RunOverrides.volume("/anon", dir, null).type());
        assertNull(RunOverrides.volume("/anon", dir, null).source());
        Mount named = RunOverrides.volume("data:/data", dir, null);
        assertEquals(MountType.VOLUME, named.type());
        assertEquals("data", named.source());
        assertEquals("/home/me/x", RunOverrides.volume("~/x:/x", dir, "/home/me").source());
        assertEquals("/abs", RunOverrides.volume("/abs:/x:rw", dir, null).source());
        assertFalse(RunOverrides.volume("/abs:/x:rw", dir, null).readOnly());
        for (String bad : List.of("", "a:b:c:d", "data:relative", "/a:/b:zz")) {
            assertThrows(StackFailure.class, () -> RunOverrides.volume(bad, dir, null), bad);
        }
    }

    @Test
    void entrypointsSplitLikeAShell() {
        assertEquals(List.of("sh", "-c"), RunOverrides.shellWords("sh -c"));
        assertEquals(List.of("echo", "a b", "c\"d", "e f"), RunOverrides.shellWords("echo 'a b' \"c\\\"d\" e\\ f"));
        assertEquals(List.of(), RunOverrides.shellWords("   "));
        assertThrows(StackFailure.class, () -> RunOverrides.shellWords("echo 'open"));
    }
}
