package dev.jcompose.engine.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.IpamPool;
import dev.jcompose.engine.MountInfo;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.PublishedPort;
import dev.jcompose.engine.VolumeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers as Docker 20.10 (API 1.41) gave them, trimmed. */
class JsonAnswersTest {

    @Test
    void aContainerRow() throws Exception {
        ContainerSummary c = JsonAnswers.container(JsonTree.parse("""
                {"Id":"9351fa","Names":["/cds-engine-web-1"],"Image":"jcompose-test/busybox:latest",
                 "ImageID":"sha256:6c50","Command":"sh -c 'echo web up'","Created":1795334643,
                 "Ports":[{"IP":"127.0.0.1","PrivatePort":80,"PublicPort":18080,"Type":"tcp"},
                          {"PrivatePort":9090,"Type":"udp"}],
                 "Labels":{"com.docker.compose.service":"web","empty":null},
                 "State":"running","Status":"Up 2 seconds (healthy)",
                 "HostConfig":{"NetworkMode":"cds-engine_default"},
                 "Mounts":[{"Type":"volume","Name":"cds-engine_data","Source":"/var/lib/docker/volumes/x/_data",
                            "Destination":"/data","Driver":"local","Mode":"rw","RW":true,"Propagation":""},
                           {"Type":"bind","Source":"/srv","Destination":"/srv","Mode":"ro","RW":false}]}
                """));
        assertEquals("9351fa", c.id());
        assertEquals("cds-engine-web-1", c.name());
        assertEquals("sha256:6c50", c.imageId());
        assertEquals(Map.of("com.docker.compose.service", "web", "empty", ""), c.labels());
        assertEquals("running", c.state());
        assertEquals("healthy", c.health());
        assertNull(c.exitCode());
        assertEquals(Instant.ofEpochSecond(1795334643), c.created());
        assertEquals(List.of(new PublishedPort(80, "tcp", "127.0.0.1", 18080), new PublishedPort(9090, "udp", null, 0)),
                c.ports());
        assertEquals("sh -c 'echo web up'", c.command());
        assertEquals(List.of(new MountInfo(MountType.VOLUME, "cds-engine_data", "/var/lib/docker/volumes/x/_data", "/data", true),
                new MountInfo(MountType.BIND, null, "/srv", "/srv", false)), c.mounts());
    }

    @Test
    void anExitedContainerHasItsExitCodeAndAStartingOneItsHealth() throws Exception {
        assertEquals(137, JsonAnswers.container(JsonTree.parse(
                "{\"Id\":\"a\",\"Names\":[\"/a\"],\"State\":\"exited\",\"Status\":\"Exited (137) 3 minutes ago\"}"))
                .exitCode());
        assertEquals("starting", JsonAnswers.container(JsonTree.parse(
                "{\"Id\":\"a\",\"State\":\"running\",\"Status\":\"Up 1 second (health: starting)\"}")).health());
    }

    @Test
    void aNetworkAVolumeAndImages() throws Exception {
        NetworkInfo n = JsonAnswers.network(JsonTree.parse("""
                {"Name":"cds-engine_default","Id":"5e1f","Created":"2026-11-22T08:04:03Z","Scope":"local",
                 "Driver":"bridge","EnableIPv6":false,
                 "IPAM":{"Driver":"default","Options":null,"Config":[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]},
                 "Internal":true,"Attachable":false,"Options":{"com.docker.network.bridge.name":"br0"},
                 "Labels":{"com.docker.compose.network":"default"}}
                """));
        assertEquals(new NetworkInfo("5e1f", "cds-engine_default", "bridge", true, false,
                Map.of("com.docker.network.bridge.name", "br0"), Map.of("com.docker.compose.network", "default"),
                List.of(new IpamPool("172.18.0.0/16", null, "172.18.0.1"))), n);

        VolumeInfo v = JsonAnswers.volume(JsonTree.parse("""
                {"CreatedAt":"2026-11-22T08:04:03Z","Driver":"local","Labels":{"com.docker.compose.volume":"data"},
                 "Mountpoint":"/var/lib/docker/volumes/cds-engine_data/_data","Name":"cds-engine_data",
                 "Options":null,"Scope":"local"}
                """));
        assertEquals(new VolumeInfo("cds-engine_data", "local", "/var/lib/docker/volumes/cds-engine_data/_data",
                Map.of(), Map.of("com.docker.compose.volume", "data")), v);

        ImageInfo inspected = JsonAnswers.image(JsonTree.parse("""
                {"Id":"sha256:6c50","RepoTags":["jcompose-test/busybox:latest"],
                 "Created":"2026-11-22T02:51:10.123456789Z","Size":1990000,"Config":{"Labels":{"a":"b"}}}
                """));
        assertEquals(new ImageInfo("sha256:6c50", List.of("jcompose-test/busybox:latest"), Map.of("a", "b"),
                Instant.parse("2026-11-22T02:51:10.123456789Z"), 1990000), inspected);
        ImageInfo row = JsonAnswers.imageRow(JsonTree.parse(
                "{\"Id\":\"sha256:6c50\",\"RepoTags\":null,\"Labels\":null,\"Created\":1795330270,\"Size\":1990000}"));
        assertEquals(new ImageInfo("sha256:6c50", List.of(), Map.of(), Instant.ofEpochSecond(1795330270), 1990000), row);
    }

    @Test
    void labelFiltersAreEncodedForTheQuery() {
        String q = EngineReads.labelFilter(new java.util.TreeMap<>(Map.of("com.docker.compose.project", "a b")));
        assertEquals("filters=%7B%22label%22%3A%5B%22com.docker.compose.project%3Da+b%22%5D%7D", q);
    }
}
