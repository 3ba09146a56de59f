package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.SeqNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped example, examples/dockerrun-multi, read end to end. */
class ExampleFileTest {

    private static final Path EXAMPLE = Path.of("examples/dockerrun-multi");

    private final Diagnostics diags = new Diagnostics();
    private MapNode tree;

    @BeforeEach
    void read() throws IOException {
        String text = Files.readString(EXAMPLE.resolve("Dockerrun.aws.json"));
        tree = DockerrunReader.read(text, "Dockerrun.aws.json", diags);
    }

    @Test
    void becomesTheExpectedComposeTreeWithoutAnyDiagnostic() {
        Map<String, Object> readOnlyMysql = Map.of("type", "bind", "source", "./mysql-app", "target", "/var/mysql",
                "read_only", true, "bind", Map.of("create_host_path", true));
        Map<String, Object> expected = Map.of("services", Map.of(
                "mysql-app", Map.of(
                        "image", "mysql",
                        "environment", Map.of("MYSQL_ROOT_PASSWORD", "mysql", "MYSQL_ALLOW_EMPTY_PASSWORD", "yes",
                                "MYSQL_DATABASE", "mysqldb", "MYSQL_PASSWORD", "mysql"),
                        "volumes", List.of(readOnlyMysql),
                        "mem_limit", "128m",
                        "labels", Map.of("dev.jcompose.essential", "true")),
                "nginx-proxy", Map.of(
                        "image", "nginx",
                        "ports", List.of(Map.of("target", 80L, "published", "80")),
                        "volumes", List.of(readOnlyMysql, Map.of("type", "bind", "source", "./proxy/conf.d",
                                "target", "/etc/nginx/conf.d", "read_only", true, "bind", Map.of("create_host_path", true))),
                        "links", List.of("mysql-app"),
                        "mem_limit", "128m",
                        "labels", Map.of("dev.jcompose.essential", "true"))));
        assertEquals(expected, Nodes.toPlain(tree));
        assertTrue(diags.isEmpty(), diags.sorted()::toString);
    }

    @Test
    void servicesKeepTheOrderOfTheContainerDefinitions() {
        assertEquals(List.of("mysql-app", "nginx-proxy"), List.copyOf(((MapNode) tree.get("services")).keys()));
    }

    @Test
    void nodesPointIntoTheJsonFile() {
        MapNode services = (MapNode) tree.get("services");
        MapNode proxy = (MapNode) services.get("nginx-proxy");
        assertEquals(SourceLocation.of("Dockerrun.aws.json", 50, 15), services.keyLocation("nginx-proxy"));
        assertEquals(SourceLocation.of("Dockerrun.aws.json", 51, 16), proxy.get("image").location());
        assertEquals(SourceLocation.of("Dockerrun.aws.json", 53, 17), proxy.get("mem_limit").location());
        MapNode port = (MapNode) ((SeqNode) proxy.get("ports")).get(0);
        assertEquals(SourceLocation.of("Dockerrun.aws.json", 57, 28), port.get("target").location());
        MapNode conf = (MapNode) ((SeqNode) proxy.get("volumes")).get(1);
        assertEquals(SourceLocation.of("Dockerrun.aws.json", 13, 23), conf.get("source").location());
    }

    @Test
    void theFoldersItMountsShipWithIt() {
        assertTrue(Files.isDirectory(EXAMPLE.resolve("mysql-app")));
        assertTrue(Files.isRegularFile(EXAMPLE.resolve("proxy/conf.d/default.conf")));
    }
}
