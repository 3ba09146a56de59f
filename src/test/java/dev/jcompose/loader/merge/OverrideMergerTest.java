package dev.jcompose.loader.merge;

import dev.jcompose.loader.normalize.TestTrees;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.jcompose.loader.normalize.TestTrees.override;
import static dev.jcompose.loader.normalize.TestTrees.plainList;
import static dev.jcompose.loader.normalize.TestTrees.plainMap;
import static dev.jcompose.loader.normalize.TestTrees.reset;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverrideMergerTest {

    private final TestTrees base = new TestTrees("compose.yaml");
    private final TestTrees over = new TestTrees("compose.override.yaml");

    /** Merges two single-service files and returns the merged service as plain values. */
    private Object mergeWeb(MapNode baseWeb, MapNode overrideWeb) {
        MapNode merged = OverrideMerger.merge(base.map("services", base.map("web", baseWeb)),
                over.map("services", over.map("web", overrideWeb)));
        return Nodes.toPlain(((MapNode) merged.get("services")).get("web"));
    }

    private Object mergedAttribute(String name, Object baseValue, Object overrideValue) {
        return ((Map<?, ?>) mergeWeb(base.map(name, baseValue), over.map(name, overrideValue))).get(name);
    }

    @Test
    void mappingsMergeKeyByKeyAndScalarsAreReplaced() {
        assertEquals(plainMap("image", "nginx:2", "restart", "always", "user", "app"),
                mergeWeb(base.map("image", "nginx:1", "restart", "always"), over.map("image", "nginx:2", "user", "app")));
    }

    @Test
    void servicesAndTopLevelSectionsMergeByName() {
        MapNode merged = OverrideMerger.merge(
                base.map("services", base.map("web", base.map("image", "a")), "volumes", base.map("data", base.map())),
                over.map("services", over.map("db", over.map("image", "pg")),
                        "volumes", over.map("data", over.map("driver", "local"), "logs", over.map())));
        assertEquals(plainMap("services", plainMap("web", plainMap("image", "a"), "db", plainMap("image", "pg")),
                "volumes", plainMap("data", plainMap("driver", "local"), "logs", plainMap())), Nodes.toPlain(merged));
    }

    @Test
    void plainSequencesAppend() {
        assertEquals(plainList("a", "b", "c"), mergedAttribute("sysctls_list", base.seq("a", "b"), over.seq("c")));
    }

    @Test
    void commandEntrypointAndHealthcheckTestAreReplaced() {
        assertEquals(plainMap("command", plainList("echo", "bar"), "entrypoint", plainList("/run.sh"),
                        "healthcheck", plainMap("test", plainList("CMD", "b"), "interval", "5s", "retries", 3L)),
                mergeWeb(base.map("command", base.seq("echo", "foo"), "entrypoint", base.seq("/init", "x"),
                                "healthcheck", base.map("test", base.seq("CMD", "a"), "interval", "5s")),
                        over.map("command", over.seq("echo", "bar"), "entrypoint", over.seq("/run.sh"),
                                "healthcheck", over.map("test", over.seq("CMD", "b"), "retries", 3))));
    }

    @Test
    void environmentLabelsAndBuildArgsMergePerKey() {
        assertEquals(plainMap("environment", plainMap("A", "1", "B", "two", "C", "3"),
                        "labels", plainMap("x", "1", "y", "2"),
                        "build", plainMap("context", "/p", "args", plainMap("V", "2", "W", "1"))),
                mergeWeb(base.map("environment", base.map("A", "1", "B", "2"), "labels", base.map("x", "1"),
                                "build", base.map("context", "/p", "args", base.map("V", "1", "W", "1"))),
                        over.map("environment", over.map("B", "two", "C", "3"), "labels", over.map("y", "2"),
                                "build", over.map("args", over.map("V", "2")))));
    }

    @Test
    void portsAreUniqueByHostIpPublishedTargetAndProtocol() {
        Object ports = mergedAttribute("ports",
                base.seq(base.map("target", 80, "published", "8080"), base.map("target", 53, "protocol", "udp")),
                over.seq(over.map("target", 80, "published", "8080", "protocol", "tcp", "mode", "host"),
                        over.map("target", 53), over.map("target", 80, "published", "8080", "host_ip", "127.0.0.1")));
        assertEquals(plainList(plainMap("target", 80L, "published", "8080", "protocol", "tcp", "mode", "host"),
                plainMap("target", 53L, "protocol", "udp"), plainMap("target", 53L),
                plainMap("target", 80L, "published", "8080", "host_ip", "127.0.0.1")), ports);
    }

    @Test
    void volumesAreUniqueByTarget() {
        Object volumes = mergedAttribute("volumes",
                base.seq(base.map("type", "volume", "source", "foo", "target", "/work"),
                        base.map("type", "volume", "target", "/cache")),
                over.seq(over.map("type", "volume", "source", "bar", "target", "/work"),
                        over.map("type", "bind", "source", "/logs", "target", "/logs")));
        assertEquals(plainList(plainMap("type", "volume", "source", "bar", "target", "/work"),
                plainMap("type", "volume", "target", "/cache"),
                plainMap("type", "bind", "source", "/logs", "target", "/logs")), volumes);
    }

    @Test
    void secretsAreUniqueByTargetDefaultingToRunSecretsSource() {
        Object secrets = mergedAttribute("secrets",
                base.seq(base.map("source", "pw"), base.map("source", "tls", "target", "/certs")),
                over.seq(over.map("source", "other", "target", "/run/secrets/pw"), over.map("source", "tls2",
                        "target", "/certs"), over.map("source", "pw", "target", "/elsewhere")));
        assertEquals(plainList(plainMap("source", "other", "target", "/run/secrets/pw"),
                plainMap("source", "tls2", "target", "/certs"),
                plainMap("source", "pw", "target", "/elsewhere")), secrets);
    }

    @Test
    void configsAreUniqueByTargetDefaultingToRootSource() {
        Object configs = mergedAttribute("configs", base.seq(base.map("source", "app")),
                over.seq(over.map("source", "app2", "target", "/app"), over.map("source", "extra")));
        assertEquals(plainList(plainMap("source", "app2", "target", "/app"), plainMap("source", "extra")), configs);
    }

    @Test
    void devicesAreUniqueByTarget() {
        Object devices = mergedAttribute("devices",
                base.seq(base.map("source", "/dev/sda", "target", "/dev/xvda")),
                over.seq(over.map("source", "/dev/sdb", "target", "/dev/xvda", "permissions", "r")));
        assertEquals(plainList(plainMap("source", "/dev/sdb", "target", "/dev/xvda", "permissions", "r")), devices);
    }

    @Test
    void envFilesAreUniqueByPath() {
        Object envFiles = mergedAttribute("env_file", base.seq(base.map("path", "/p/a.env"), base.map("path", "/p/b.env")),
                over.seq(over.map("path", "/p/a.env", "required", false), over.map("path", "/p/c.env")));
        assertEquals(plainList(plainMap("path", "/p/a.env", "required", false), plainMap("path", "/p/b.env"),
                plainMap("path", "/p/c.env")), envFiles);
    }

    @Test
    void valueListsAreDeduplicated() {
        for (String attribute : new String[] {"dns", "dns_search", "dns_opt", "tmpfs", "cap_add", "cap_drop",
                "expose", "external_links", "security_opt", "volumes_from", "group_add", "profiles"}) {
            assertEquals(plainList("a", "b", "c"), mergedAttribute(attribute, base.seq("a", "b", "a"), over.seq("b", "c")),
                    attribute);
        }
    }

    @Test
    void extraHostsDependsOnNetworksAndUlimitsMergePerKey() {
        assertEquals(plainMap(
                        "extra_hosts", plainMap("db", plainList("10.0.0.9"), "cache", plainList("10.0.0.3")),
                        "depends_on", plainMap("db", plainMap("condition", "service_healthy", "restart", true),
                                "cache", plainMap("condition", "service_started")),
                        "networks", plainMap("front", plainMap("aliases", plainList("web", "www")), "back", null),
                        "ulimits", plainMap("nofile", plainMap("soft", 2L, "hard", 2L), "nproc", plainMap("soft", 1L))),
                mergeWeb(base.map("extra_hosts", base.map("db", base.seq("10.0.0.2"), "cache", base.seq("10.0.0.3")),
                                "depends_on", base.map("db", base.map("condition", "service_started", "restart", true)),
                                "networks", base.map("front", base.map("aliases", base.seq("web")), "back", null),
                                "ulimits", base.map("nofile", base.map("soft", 1, "hard", 4),
                                        "nproc", base.map("soft", 1))),
                        over.map("extra_hosts", over.map("db", over.seq("10.0.0.9")),
                                "depends_on", over.map("db", over.map("condition", "service_healthy"),
                                        "cache", over.map("condition", "service_started")),
                                "networks", over.map("front", over.map("aliases", over.seq("www", "web"))),
                                "ulimits", over.map("nofile", over.map("soft", 2, "hard", 2)))));
    }

    @Test
    void buildExtraHostsReplaceTheAddressesOfAHost() {
        assertEquals(plainMap("context", "/p", "extra_hosts", plainMap("db", plainList("10.0.0.9"))),
                mergedAttribute("build", base.map("context", "/p", "extra_hosts", base.map("db", base.seq("10.0.0.2"))),
                        over.map("extra_hosts", over.map("db", over.seq("10.0.0.9")))));
    }

    @Test
    void loggingOptionsMergeOnlyForTheSameDriver() {
        assertEquals(plainMap("driver", "json-file", "options", plainMap("max-size", "1m", "max-file", "3")),
                mergedAttribute("logging", base.map("driver", "json-file", "options", base.map("max-size", "1m")),
                        over.map("options", over.map("max-file", "3"))));
        assertEquals(plainMap("driver", "syslog", "options", plainMap("tag", "x")),
                mergedAttribute("logging", base.map("driver", "json-file", "options", base.map("max-size", "1m")),
                        over.map("driver", "syslog", "options", over.map("tag", "x"))));
    }

    @Test
    void ipamConfigIsUniqueBySubnet() {
        MapNode merged = OverrideMerger.merge(
                base.map("networks", base.map("n", base.map("ipam", base.map("config", base.seq(
                        base.map("subnet", "10.1.0.0/16", "gateway", "10.1.0.1"), base.map("subnet", "10.2.0.0/16")))))),
                over.map("networks", over.map("n", over.map("ipam", over.map("config", over.seq(
                        over.map("subnet", "10.1.0.0/16", "gateway", "10.1.0.254")))))));
        assertEquals(plainList(plainMap("subnet", "10.1.0.0/16", "gateway", "10.1.0.254"), plainMap("subnet", "10.2.0.0/16")),
                Nodes.toPlain(((MapNode) ((MapNode) ((MapNode) ((MapNode) merged.get("networks")).get("n"))
                        .get("ipam"))).get("config")));
    }

    @Test
    void resetRemovesTheAttribute() {
        assertEquals(plainMap("image", "myapp", "environment", plainMap("KEEP", "1")),
                mergeWeb(base.map("image", "myapp", "ports", base.seq(base.map("target", 80)),
                                "environment", base.map("FOO", "BAR", "KEEP", "1")),
                        over.map("ports", reset(over.seq()), "environment", over.map("FOO", reset(over.nil())))));
    }

    @Test
    void resetOfAnAttributeTheBaseLacksLeavesNothing() {
        assertEquals(plainMap("image", "a"), mergeWeb(base.map("image", "a"), over.map("command", reset(over.nil()))));
    }

    @Test
    void overrideReplacesInsteadOfMerging() {
        assertEquals(plainMap("ports", plainList(plainMap("target", 443L, "published", "8443")),
                        "environment", plainMap("ONLY", "this")),
                mergeWeb(base.map("ports", base.seq(base.map("target", 80, "published", "8080")),
                                "environment", base.map("A", "1")),
                        over.map("ports", override(over.seq(over.map("target", 443, "published", "8443"))),
                                "environment", override(over.map("ONLY", "this")))));
    }

    @Test
    void nullOverrideKeepsABaseCollection() {
        assertEquals(plainMap("networks", plainMap("front", null), "depends_on", plainMap("db",
                        plainMap("condition", "service_started")), "image", null),
                mergeWeb(base.map("networks", base.map("front", null), "depends_on", base.map("db",
                                base.map("condition", "service_started")), "image", "a"),
                        over.map("networks", null, "depends_on", null, "image", null)));
    }

    @Test
    void nullBaseTakesTheOverride() {
        assertEquals(plainMap("networks", plainMap("front", null)),
                mergeWeb(base.map("networks", null), over.map("networks", over.map("front", null))));
    }

    @Test
    void resultCarriesNoTags() {
        MapNode merged = OverrideMerger.merge(base.map("services", base.map("web", base.map("ports", base.seq()))),
                over.map("services", over.map("web", over.map("ports", override(over.seq("x")),
                        "environment", override(over.map("A", override(over.str("1"))))))));
        assertEquals(0, countTagged(merged));
        assertEquals(plainMap("services", plainMap("web", plainMap("ports", plainList("x"), "environment",
                plainMap("A", "1")))), Nodes.toPlain(merged));
    }

    @Test
    void resetInTheBaseFileOrInNewOverrideContentIsDropped() {
        MapNode merged = OverrideMerger.merge(
                base.map("services", base.map("web", base.map("image", "a", "user", reset(base.str("root"))))),
                over.map("services", over.map("db", over.map("image", "pg", "command", reset(over.nil())))));
        assertEquals(plainMap("services", plainMap("web", plainMap("image", "a"), "db", plainMap("image", "pg"))),
                Nodes.toPlain(merged));
    }

    @Test
    void resultNodesKeepTheLocationOfTheWinningNode() {
        ScalarNode baseImage = base.str("nginx:1");
        ScalarNode overImage = over.str("nginx:2");
        ScalarNode baseRestart = base.str("always");
        MapNode overVolume = over.map("type", "volume", "source", "bar", "target", "/work");
        MapNode merged = OverrideMerger.mergeService(
                base.map("image", baseImage, "restart", baseRestart,
                        "volumes", base.seq(base.map("type", "volume", "source", "foo", "target", "/work"))),
                over.map("image", overImage, "volumes", over.seq(overVolume)));
        assertEquals(overImage.location(), merged.get("image").location());
        assertEquals(overImage.location(), merged.keyLocation("image"));
        assertEquals(baseRestart.location(), merged.get("restart").location());
        assertEquals(overVolume.location(), ((SeqNode) merged.get("volumes")).get(0).location());
        assertEquals("compose.override.yaml", merged.get("image").location().file());
    }

    @Test
    void mergeServiceAppliesTheServiceRules() {
        MapNode merged = OverrideMerger.mergeService(
                base.map("command", base.seq("a"), "dns", base.seq("1.1.1.1"), "environment", base.map("A", "1")),
                over.map("command", over.seq("b"), "dns", over.seq("1.1.1.1", "8.8.8.8"), "environment",
                        over.map("B", "2")));
        assertEquals(plainMap("command", plainList("b"), "dns", plainList("1.1.1.1", "8.8.8.8"),
                "environment", plainMap("A", "1", "B", "2")), Nodes.toPlain(merged));
    }

    private static int countTagged(Node node) {
        int n = node.tag() == Tag.NONE ? 0 : 1;
        if (node instanceof MapNode m) for (MapNode.Entry e : m.entries()) n += countTagged(e.value());
        if (node instanceof SeqNode s) for (Node item : s.items()) n += countTagged(item);
        return n;
    }
}
