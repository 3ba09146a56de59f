package dev.jcompose.loader.bind;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static dev.jcompose.loader.bind.Trees.at;
import static dev.jcompose.loader.bind.Trees.map;
import static dev.jcompose.loader.bind.Trees.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SemanticValidatorTest {

    private final Diagnostics diags = new Diagnostics();

    private List<String> validate(Object plain) {
        var bound = ProjectBinder.bind("demo", Path.of("/p"), tree(plain), diags);
        SemanticValidator.validate(bound.project(), bound.sourceMap(), diags);
        return diags.errors().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void validProjectHasNoErrors() {
        assertTrue(validate(map("services", map(
                "web", map("image", "nginx", "depends_on", map("db", map()), "ports",
                        List.of(map("target", 80, "published", "8080")),
                        "volumes", List.of(map("type", "volume", "source", "data", "target", "/d"))),
                "db", map("image", "pg", "ports", List.of(map("target", 5432)))),
                "volumes", map("data", map()))).isEmpty());
    }

    @Test
    void hostPortPublishedTwiceIsAnErrorAtTheSecondService() {
        List<String> errors = validate(map("services", map(
                "web", map("image", "x", "ports", List.of(map("target", 80, "published", "8080"),
                        map("target", 81, "published", "9000", "protocol", "udp"))),
                "api", map("image", "x", "ports", List.of(map("target", 80, "published", "9000"),
                        map("target", 443, "published", "8079-8080"))),
                "dns", map("image", "x", "ports", List.of(map("target", 53, "published", "9000",
                        "protocol", "udp", "host_ip", "127.0.0.1"))),
                "alt", map("image", "x", "ports", List.of(map("target", 80, "published", "8080",
                        "host_ip", "10.0.0.1"), map("target", 80, "published", "8081", "host_ip", "10.0.0.2"),
                        map("target", 80, "published", "8081", "host_ip", "10.0.0.3"))))));
        assertEquals(List.of(
                "compose.yaml:1:1: services.alt.ports[0]: host port \"10.0.0.1:8080/tcp\" is already published by "
                        + "service \"web\"",
                "compose.yaml:1:1: services.api.ports[1]: host port \"8080/tcp\" is already published by service "
                        + "\"web\"",
                "compose.yaml:1:1: services.dns.ports[0]: host port \"127.0.0.1:9000/udp\" is already published by "
                        + "service \"web\""), errors);
    }

    @Test
    void serviceNeedsImageOrBuild() {
        assertEquals(List.of("compose.yaml:2:3: services.web: service has neither an image nor a build context "
                + "specified"), validate(map("services", map("web", at(2, 3, map("restart", "always"))))));
    }

    @Test
    void unknownDependencyIsLocatedWithSuggestion() {
        validate(map("services", map("web", map("image", "x", "depends_on", map("dbb", at(4, 7, map()))),
                "db", map("image", "y"))));
        Diagnostic d = diags.errors().get(0);
        assertEquals("compose.yaml:4:7: services.web.depends_on.dbb: refers to undefined service \"dbb\"",
                d.headline());
        assertEquals("did you mean `db`?", d.hint());
    }

    @Test
    void unknownServicesInLinksVolumesFromAndNamespaces() {
        List<String> errors = validate(map("services", map("web", map("image", "x",
                "links", List.of(at(3, 9, "cache:c")), "volumes_from", List.of(at(4, 9, "store")),
                "network_mode", at(5, 19, "service:vpn"), "ipc", "service:shm"))));
        assertEquals(List.of(
                "compose.yaml:1:1: services.web.ipc: refers to undefined service \"shm\"",
                "compose.yaml:3:9: services.web.links[0]: refers to undefined service \"cache\"",
                "compose.yaml:4:9: services.web.volumes_from[0]: refers to undefined service \"store\"",
                "compose.yaml:5:19: services.web.network_mode: refers to undefined service \"vpn\""), errors);
    }

    @Test
    void unknownNetworkVolumeSecretAndConfig() {
        List<String> errors = validate(map("services", map("web", map("image", "x",
                "networks", map("frontend", at(3, 7, null)),
                "volumes", List.of(at(5, 9, map("type", "volume", "source", "dta", "target", "/d")),
                        map("type", "bind", "source", "/host", "target", "/h")),
                "secrets", List.of(at(7, 9, map("source", "token"))),
                "configs", List.of(at(9, 9, map("source", "conf"))))),
                "networks", map("front", map()), "volumes", map("data", map())));
        assertEquals(List.of(
                "compose.yaml:3:7: services.web.networks.frontend: refers to undefined network \"frontend\"",
                "compose.yaml:5:9: services.web.volumes[0]: refers to undefined volume \"dta\"",
                "compose.yaml:7:9: services.web.secrets[0]: refers to undefined secret \"token\"",
                "compose.yaml:9:9: services.web.configs[0]: refers to undefined config \"conf\""), errors);
        assertEquals("did you mean `data`?", diags.errors().get(1).hint());
    }

    @Test
    void containerNameWithSeveralReplicas() {
        assertEquals(List.of("compose.yaml:3:21: services.web.container_name: container name \"web\" must be "
                + "unique, but the service has 2 replicas"), validate(map("services", map("web", map("image", "x",
                "container_name", at(3, 21, "web"), "deploy", map("replicas", 2))))));
    }

    @Test
    void samePublishedPortTwiceIsLocatedAtTheSecond() {
        List<String> errors = validate(map("services", map(
                "a", map("image", "x", "ports", List.of(at(3, 9, map("target", 80, "published", "8080")))),
                "b", map("image", "y", "ports", List.of(at(6, 9, map("target", 81, "published", "8080",
                        "host_ip", "127.0.0.1")))),
                "c", map("image", "z", "ports", List.of(map("target", 80, "published", "8080",
                        "protocol", "udp"))))));
        assertEquals(List.of("compose.yaml:6:9: services.b.ports[0]: host port \"127.0.0.1:8080/tcp\" is already "
                + "published by service \"a\""), errors);
    }

    @Test
    void distinctHostIpsDoNotClash() {
        assertTrue(validate(map("services", map(
                "a", map("image", "x", "ports", List.of(map("target", 80, "published", "80", "host_ip", "127.0.0.1")),
                "b", map("image", "y", "ports", List.of(map("target", 80, "published", "80",
                        "host_ip", "127.0.0.2"))))))).isEmpty());
    }

    @Test
    void dependencyCycleIsReportedAsAPath() {
        List<String> errors = validate(map("services", map(
                "a", at(2, 3, map("image", "x", "depends_on", map("b", map()))),
                "b", map("image", "x", "depends_on", map("c", map())),
                "c", map("image", "x", "links", List.of("a")))));
        assertEquals(List.of("compose.yaml:2:3: services.a: dependency cycle detected: a -> b -> c -> a"), errors);
    }
}
