package dev.jcompose.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code jcompose graph} on the shipped examples, in its three formats. */
class GraphCommandTest {

    private static CliHarness in(String example) {
        return new CliHarness(new DefaultProjectLoading(), Path.of("examples", example).toAbsolutePath(), Map.of());
    }

    @Test
    void textTreeOfTheMigrationExample() {
        CliHarness.Run r = in("migration-job").run("graph");
        assertEquals("", r.err());
        assertEquals("""
                app
                ├── db [service_healthy]
                └── migrate [service_completed_successfully]
                    └── db [service_healthy]
                """, r.out());
        assertEquals(0, r.exitCode());
    }

    @Test
    void dotAndMermaidOfTheWebExample() {
        assertEquals("""
                digraph "web-db-cache" {
                  node [shape=box];
                  "web";
                  "db";
                  "cache";
                  "web" -> "db" [label="service_healthy"];
                  "web" -> "cache" [label="service_healthy"];
                }
                """, in("web-db-cache").run("graph", "--format", "dot").out());
        assertEquals("""
                flowchart TD
                    web["web"]
                    db["db"]
                    cache["cache"]
                    web -->|"service_healthy"| db
                    web -->|"service_healthy"| cache
                """, in("web-db-cache").run("graph", "--format=mermaid").out());
    }

    @Test
    void servicesNarrowTheGraphToWhatTheyNeedAndProfilesCount() {
        assertEquals("migrate\n└── db [service_healthy]\n", in("migration-job").run("graph", "migrate").out());
        assertEquals("web\n└── cache [service_healthy]\ncache-monitor\n└── cache [service_healthy]\n",
                in("dev-prod").run("--profile", "debug", "graph").out());
    }

    @Test
    void anUnknownServiceOrFormatIsAnError() {
        CliHarness.Run r = in("web-db-cache").run("graph", "wbe");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no such service: wbe"), r.err());
        assertEquals(2, in("web-db-cache").run("graph", "--format", "png").exitCode());
    }
}
