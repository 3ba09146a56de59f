package dev.jcompose.graph;

import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Service;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The text tree, DOT and Mermaid renderings of one graph with every kind of edge, against golden files in
 * src/test/resources/graph (set UPDATE_GOLDEN=true to rewrite them, then review the diff).
 */
class GraphRenderersTest {

    private static final Path GOLDEN = Path.of("src/test/resources/graph");

    private static Map<String, DependsOn> deps(Object... pairs) {
        Map<String, DependsOn> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (DependsOn) pairs[i + 1]);
        return m;
    }

    private static DependsOn on(DependsOn.Condition c) {
        return new DependsOn(c, true, false);
    }

    /** Every edge kind: the three conditions, required: false, restart: true, links, volumes_from, service: modes. */
    static DependencyGraph everyKind() {
        return DependencyGraph.of(List.of(
                Service.builder("proxy").dependsOn(deps("web", DependsOn.started())).links(List.of("web:app")).build(),
                Service.builder("web").dependsOn(deps(
                        "db", new DependsOn(DependsOn.Condition.SERVICE_HEALTHY, true, true),
                        "cache", new DependsOn(DependsOn.Condition.SERVICE_STARTED, false, false),
                        "migrate", on(DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY))).build(),
                Service.builder("worker").dependsOn(deps("db", on(DependsOn.Condition.SERVICE_HEALTHY)))
                        .volumesFrom(List.of("web:ro")).build(),
                Service.builder("log-shipper").networkMode("service:web").ipc("service:web").build(),
                Service.builder("migrate").dependsOn(deps("db", on(DependsOn.Condition.SERVICE_HEALTHY))).build(),
                Service.builder("db").build(),
                Service.builder("cache").build(),
                Service.builder("end").build()));
    }

    private static void assertGolden(String file, String actual) throws IOException {
        Path path = GOLDEN.resolve(file);
        if ("true".equals(System.getenv("UPDATE_GOLDEN"))) Files.writeString(path, actual);
        assertEquals(Files.readString(path), actual);
    }

    @Test
    void textTree() throws IOException {
        assertGolden("every-kind.txt", TreeRenderer.render(everyKind()));
    }

    @Test
    void dot() throws IOException {
        assertGolden("every-kind.dot", DotRenderer.render("demo", everyKind()));
    }

    @Test
    void mermaid() throws IOException {
        assertGolden("every-kind.mmd", MermaidRenderer.render(everyKind()));
    }

    @Test
    void edgesSayWhyInTheFilesWords() {
        DependencyGraph g = everyKind();
        assertEquals(List.of(new Dependency("proxy", "web", List.of("service_started", "links"))), g.dependencies("proxy"));
        assertEquals("service_started, required: false", g.dependencies("web").get(2).label());
        assertEquals("network_mode, ipc", g.dependencies("log-shipper").get(0).label());
    }

    @Test
    void namesThatAreNotIdentifiersAreQuoted() {
        DependencyGraph g = DependencyGraph.of(List.of(Service.builder("a-b").dependsOn(deps("a_b", DependsOn.started()))
                .build(), Service.builder("a_b").build()));
        assertEquals("""
                flowchart TD
                    a_b["a-b"]
                    a_b_2["a_b"]
                    a_b -->|"service_started"| a_b_2
                """, MermaidRenderer.render(g));
        assertEquals("""
                digraph "x\\"y" {
                  node [shape=box];
                  "a-b";
                  "a_b";
                  "a-b" -> "a_b" [label="service_started"];
                }
                """, DotRenderer.render("x\"y", g));
    }
}
