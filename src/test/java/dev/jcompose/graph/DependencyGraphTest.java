package dev.jcompose.graph;

import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Service;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DependencyGraphTest {

    private static Service svc(String name, String... deps) {
        Map<String, DependsOn> d = new LinkedHashMap<>();
        for (String dep : deps) d.put(dep, DependsOn.started());
        return Service.builder(name).image("x").dependsOn(d).build();
    }

    @Test
    void startOrderPutsDependenciesFirstAndBreaksTiesByDeclaration() {
        DependencyGraph g = DependencyGraph.of(List.of(svc("web", "api"), svc("worker", "db"), svc("api", "db"),
                svc("db"), svc("cache")));
        assertEquals(List.of("db", "worker", "api", "web", "cache"), g.startOrder());
        assertEquals(List.of("cache", "web", "api", "worker", "db"), g.stopOrder());
    }

    @Test
    void edgesComeFromLinksVolumesFromAndNamespaces() {
        DependencyGraph g = DependencyGraph.of(List.of(
                Service.builder("web").image("x").links(List.of("db:database")).volumesFrom(List.of("data:ro",
                        "container:other")).networkMode("service:vpn").pid("service:tools").build(),
                svc("db"), svc("data"), svc("vpn"), svc("tools")));
        assertEquals(List.of("db", "data", "vpn", "tools"), g.dependenciesOf("web"));
        assertEquals(List.of("web"), g.dependentsOf("vpn"));
    }

    @Test
    void closureAddsEverythingSelectedServicesNeed() {
        DependencyGraph g = DependencyGraph.of(List.of(svc("web", "api"), svc("api", "db", "cache"), svc("db"),
                svc("cache"), svc("admin", "db")));
        assertEquals(List.of("db", "cache", "api", "web"), g.closure(Set.of("web")));
        assertEquals(List.of("db", "admin"), g.closure(Set.of("admin", "nope")));
    }

    @Test
    void findsNoCycleInADag() {
        assertEquals(Optional.empty(), DependencyGraph.of(List.of(svc("a", "b"), svc("b"))).findCycle());
    }

    @Test
    void findsCycleAsClosedPathFromFirstDeclaredService() {
        DependencyGraph g = DependencyGraph.of(List.of(svc("x"), svc("b", "c"), svc("a", "b"), svc("c", "a", "x")));
        assertEquals(Optional.of(List.of("b", "c", "a", "b")), g.findCycle());
        IllegalStateException e = assertThrows(IllegalStateException.class, g::startOrder);
        assertEquals("dependency cycle: b -> c -> a -> b", e.getMessage());
    }

    @Test
    void aServiceThatOnlyNeedsACycleIsNotOnIt() {
        DependencyGraph g = DependencyGraph.of(List.of(svc("front", "c"), svc("d"), svc("c", "e", "d"),
                svc("e", "c")));
        assertEquals(Optional.of(List.of("c", "e", "c")), g.findCycle());
        assertEquals(List.of("d", "e"), g.dependenciesOf("c"));
        assertEquals(List.of("front", "e"), g.dependentsOf("c"));
    }

    @Test
    void unknownDependenciesAreIgnored() {
        DependencyGraph g = DependencyGraph.of(List.of(svc("web", "ghost")));
        assertEquals(List.of("web"), g.startOrder());
        assertEquals(List.of(), g.dependenciesOf("web"));
    }
}
