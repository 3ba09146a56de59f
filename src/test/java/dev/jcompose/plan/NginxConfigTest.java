package dev.jcompose.plan;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NginxConfigTest {

    private static final FrontConfig CONFIG = new FrontConfig("demo", "web", "demo_default", List.of(
            new FrontConfig.Listener(80, "tcp", true),
            new FrontConfig.Listener(5432, "tcp", false),
            new FrontConfig.Listener(53, "udp", false)), Duration.ofMillis(2500));

    @Test
    void httpPortsAreProxiedAsHttpAndTheOthersAsStreamsToEveryReplica() {
        String text = NginxConfig.render(CONFIG, 4, List.of(new FrontConfig.Backend("demo-web-3", "172.18.0.5"),
                new FrontConfig.Backend("demo-web-4", "fd00::4")));
        assertTrue(text.contains("""
                    upstream replicas_tcp_80 {
                        server 172.18.0.5:80;
                        server [fd00::4]:80;
                        keepalive 32;
                    }
                """), text);
        assertTrue(text.contains("        listen 80;\n        location / {\n            proxy_pass http://replicas_tcp_80;"), text);
        assertTrue(text.contains("proxy_next_upstream error timeout http_502 http_503 http_504;"), text);
        assertTrue(text.contains("stream {\n    upstream replicas_tcp_5432 {\n        server 172.18.0.5:5432;"), text);
        assertTrue(text.contains("        listen 5432;\n        proxy_pass replicas_tcp_5432;"), text);
        assertTrue(text.contains("        listen 53 udp;\n"), text);
        assertTrue(text.contains("worker_shutdown_timeout 3s;"), "the drain timeout, rounded up: " + text);
        assertEquals(1, text.split("proxy_half_close on;", -1).length - 1, "tcp streams half-close, udp not");
    }

    @Test
    void withNoReplicaEveryUpstreamHasOneServerMarkedDown() {
        String text = NginxConfig.render(CONFIG, 1, List.of());
        assertTrue(text.contains("        server 127.0.0.1:9 down;\n"), text);
        assertEquals(Map.of(), NginxConfig.routes(text));
    }

    @Test
    void theRoutesAndGenerationReadBackFromTheFile() {
        String text = NginxConfig.render(CONFIG, 7, List.of(new FrontConfig.Backend("demo-web-1", "10.0.0.2"),
                new FrontConfig.Backend("demo-web-2", "10.0.0.3")));
        assertEquals(Map.of("demo-web-1", "10.0.0.2", "demo-web-2", "10.0.0.3"), NginxConfig.routes(text));
        assertEquals(List.of("demo-web-1", "demo-web-2"), NginxConfig.routeNames(text));
        assertEquals(7, NginxConfig.generation(text));
        assertNull(NginxConfig.routes("events {}\n"), "not written by jcompose");
        assertEquals(0, NginxConfig.generation(null));
    }

    @Test
    void onlyTheSectionsInUseAreWritten() {
        FrontConfig httpOnly = new FrontConfig("demo", "web", null, List.of(new FrontConfig.Listener(80, "tcp", true)),
                Duration.ofSeconds(10));
        String text = NginxConfig.render(httpOnly, 1, List.of());
        assertFalse(text.contains("stream {"), text);
        assertTrue(text.contains("http {"), text);
    }
}
