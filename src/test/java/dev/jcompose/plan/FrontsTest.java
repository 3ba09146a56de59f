package dev.jcompose.plan;

import dev.jcompose.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontsTest {

    @TempDir
    Path dir;

    @Test
    void startFirstOptsInAndWhatCannotRunTwiceIsRefusedWithAReason() {
        Project p = Fixtures.load(dir, """
                services:
                  web:
                    image: app
                    expose: ["80"]
                    deploy: {update_config: {order: start-first}}
                  plain:
                    image: app
                    expose: ["80"]
                  named:
                    image: app
                    container_name: fixed
                    expose: ["80"]
                    deploy: {update_config: {order: start-first}}
                  silent:
                    image: app
                    deploy: {update_config: {order: start-first}}
                """);
        assertTrue(Fronts.isFronted(p.service("web")));
        assertFalse(Fronts.wantsFront(p.service("plain")));
        assertFalse(Fronts.isFronted(p.service("named")));
        assertEquals(List.of("it sets container_name, and old and new replicas must run side by side"),
                Fronts.problems(p.service("named")));
        assertTrue(Fronts.problems(p.service("silent")).get(0).contains("no ports or expose"));
    }

    @Test
    void listenersComeFromPortsAndExposeWithAppProtocolHttpAsHttp() {
        Project p = Fixtures.load(dir, """
                services:
                  web:
                    image: app
                    ports:
                      - {target: 80, published: "8080", app_protocol: http}
                      - {target: 80, published: "8081", host_ip: 127.0.0.1, app_protocol: http}
                      - "127.0.0.1:5353:53/udp"
                    expose: ["9000"]
                    labels:
                      dev.jcompose.front.drain-timeout: 1500ms
                      dev.jcompose.front.image: my/nginx:1
                    deploy: {update_config: {order: start-first}}
                """);
        assertEquals(List.of(new FrontConfig.Listener(80, "tcp", true), new FrontConfig.Listener(53, "udp", false),
                new FrontConfig.Listener(9000, "tcp", false)), Fronts.listeners(p.service("web")));
        assertEquals(Duration.ofMillis(1500), Fronts.drainTimeout(p.service("web")));
        assertEquals("my/nginx:1", Fronts.image(p.service("web"), "other"));
        assertEquals("demo_default", Fronts.config(p, p.service("web")).network());
    }

    @Test
    void theFrontImageFallsBackToTheEnvironmentsThenTheDefault() {
        Project p = Fixtures.load(dir, "services:\n  web: {image: app, expose: [\"80\"]}\n");
        assertEquals("jcompose-test/nginx:bookworm", Fronts.image(p.service("web"), "jcompose-test/nginx:bookworm"));
        assertEquals(Fronts.DEFAULT_IMAGE, Fronts.image(p.service("web"), null));
        assertEquals(Fronts.DEFAULT_DRAIN, Fronts.drainTimeout(p.service("web")));
    }

    @Test
    void theFrontHashChangesWithItsPortsButNotWithTheReplicas() {
        String yaml = """
                services:
                  web:
                    image: app:%s
                    ports: ["%s:80"]
                    deploy: {update_config: {order: start-first}}
                """;
        Project a = Fixtures.load(dir, yaml.formatted("1", "8080"));
        Project b = Fixtures.load(dir, yaml.formatted("2", "8080"));
        Project c = Fixtures.load(dir, yaml.formatted("1", "9090"));
        String key = dev.jcompose.state.Labels.JCOMPOSE_FRONT_HASH;
        assertEquals(Fronts.spec(a, a.service("web"), "n").labels().get(key),
                Fronts.spec(b, b.service("web"), "n").labels().get(key));
        assertFalse(Fronts.spec(a, a.service("web"), "n").labels().get(key)
                .equals(Fronts.spec(c, c.service("web"), "n").labels().get(key)));
    }
}
