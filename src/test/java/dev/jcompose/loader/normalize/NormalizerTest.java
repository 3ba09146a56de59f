package dev.jcompose.loader.normalize;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.jcompose.loader.normalize.TestTrees.plainList;
import static dev.jcompose.loader.normalize.TestTrees.plainMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {

    private static final Path BASE = Path.of("/project");
    private static final Map<String, String> ENV = Map.of("HOME", "/home/me", "SET_OUTSIDE", "1");

    private final TestTrees t = new TestTrees("compose.yaml");
    private final Diagnostics diags = new Diagnostics();
    private final Map<Path, LinkedHashMap<String, String>> envFiles = new LinkedHashMap<>();

    private MapNode normalize(MapNode root) {
        return Normalizer.normalize(root, BASE, ENV::get, diags,
                file -> Optional.ofNullable(envFiles.get(file)));
    }

    private MapNode webNode(Object... attributes) {
        MapNode root = normalize(t.map("services", t.map("web", t.map(attributes))));
        return (MapNode) ((MapNode) root.get("services")).get("web");
    }

    private Object web(Object... attributes) {
        return Nodes.toPlain(webNode(attributes));
    }

    private Object webAttribute(String name, Object value) {
        return ((Map<?, ?>) web(name, value)).get(name);
    }

    // --- build ---

    @Test
    void buildStringBecomesAnAbsoluteContext() {
        assertEquals(plainMap("context", "/project/app"), webAttribute("build", "./app"));
        assertEquals(plainMap("context", "/project"), webAttribute("build", "."));
    }

    @Test
    void buildUrlsAndAbsolutePathsAreLeftAlone() {
        assertEquals(plainMap("context", "https://github.com/x/y.git#main"),
                webAttribute("build", "https://github.com/x/y.git#main"));
        assertEquals(plainMap("context", "git@github.com:x/y.git"), webAttribute("build", "git@github.com:x/y.git"));
        assertEquals(plainMap("context", "/srv/app"), webAttribute("build", "/srv/app"));
    }

    @Test
    void buildMappingGetsAbsoluteContextAndArgsAndLabelsAsMappings() {
        Object build = webAttribute("build", t.map("context", "../lib", "dockerfile", "Dockerfile.dev",
                "args", t.seq("A=1", "B", "SET_OUTSIDE"), "labels", t.seq("x=y", "bare"), "x-note", "kept"));
        assertEquals(plainMap("context", "/lib", "dockerfile", "Dockerfile.dev",
                "args", plainMap("A", "1", "SET_OUTSIDE", "1"), "labels", plainMap("x", "y", "bare", ""),
                "x-note", "kept"), build,
                "an arg without a value takes the environment's, or is left out; a label without one is empty");
    }

    // --- command / entrypoint ---

    @Test
    void commandStringIsSplitLikeAShell() {
        assertEquals(plainList("sh", "-c", "echo \"hi there\" $HOME", "it's", "a b"),
                webAttribute("command", "sh -c 'echo \"hi there\" $HOME' \"it's\" a\\ b"));
    }

    @Test
    void entrypointListAndNullAreKept() {
        assertEquals(plainList("a b", "c"), webAttribute("entrypoint", t.seq("a b", "c")));
        assertEquals(plainMap("entrypoint", null), web("entrypoint", null));
    }

    @Test
    void unterminatedQuoteInCommandIsAnError() {
        ScalarNode command = t.str("echo 'oops");
        web("command", command);
        Diagnostic d = diags.errors().get(0);
        assertEquals("compose.yaml:" + command.location().line() + ":1: services.web.command: \"echo 'oops\" has an "
                + "unterminated single quote", d.headline());
    }

    // --- key/value attributes ---

    @Test
    void environmentListBecomesMappingWithNullForBareNames() {
        assertEquals(plainMap("A", "1", "B", "", "C", null, "D", "x=y"),
                webAttribute("environment", t.seq("A=1", "B=", "C", "D=x=y")));
    }

    @Test
    void environmentMappingValuesBecomeStrings() {
        assertEquals(plainMap("PORT", "8080", "DEBUG", "true", "RATIO", "0.5", "EMPTY", null),
                webAttribute("environment", t.map("PORT", 8080, "DEBUG", true, "RATIO", 0.5, "EMPTY", null)));
    }

    @Test
    void labelsAnnotationsAndSysctlsListsBecomeMappings() {
        Object service = web("labels", t.seq("com.example=1"), "annotations", t.seq("a=b"),
                "sysctls", t.seq("net.core.somaxconn=1024"));
        assertEquals(plainMap("labels", plainMap("com.example", "1"), "annotations", plainMap("a", "b"),
                "sysctls", plainMap("net.core.somaxconn", "1024")), service);
    }

    // --- env_file ---

    @Test
    void envFileStringBecomesListWithAbsolutePathAndItsVariablesJoinEnvironment() {
        envFiles.put(Path.of("/project/web.env"), vars("A", "from-file", "B", "b"));
        Object service = web("env_file", "./web.env", "environment", t.map("A", "explicit"));
        assertEquals(plainMap("env_file", plainList(plainMap("path", "/project/web.env")),
                "environment", plainMap("A", "explicit", "B", "b")), service);
    }

    @Test
    void laterEnvFilesWinOverEarlierOnes() {
        envFiles.put(Path.of("/project/a.env"), vars("X", "a", "Y", "a"));
        envFiles.put(Path.of("/etc/b.env"), vars("X", "b"));
        Object env = webAttribute("env_file", t.seq("a.env", t.map("path", "/etc/b.env", "required", true)));
        MapNode web = webNode("env_file", t.seq("a.env", "/etc/b.env"));
        assertEquals(plainList(plainMap("path", "/project/a.env"), plainMap("path", "/etc/b.env", "required", true)), env);
        assertEquals(plainMap("X", "b", "Y", "a"), Nodes.toPlain(web.get("environment")));
    }

    @Test
    void bareEnvironmentNameDoesNotHideAnEnvFileValueUnlessTheEnvironmentSetsIt() {
        envFiles.put(Path.of("/project/.env.web"), vars("UNSET_OUTSIDE", "file", "SET_OUTSIDE", "file"));
        Object env = ((Map<?, ?>) web("env_file", ".env.web",
                "environment", t.seq("UNSET_OUTSIDE", "SET_OUTSIDE", "NOWHERE"))).get("environment");
        assertEquals(plainMap("UNSET_OUTSIDE", "file", "SET_OUTSIDE", "1", "NOWHERE", null), env,
                "a name without a value takes the environment's value, as Compose resolves it");
    }

    @Test
    void missingOptionalEnvFileIsSkippedSilently() {
        Object service = web("env_file", t.seq(t.map("path", "missing.env", "required", false)));
        assertEquals(plainMap("env_file", plainList(plainMap("path", "/project/missing.env", "required", false))),
                service);
        assertTrue(diags.isEmpty());
    }

    @Test
    void missingRequiredEnvFileIsAnErrorAtTheEntry() {
        ScalarNode entry = t.str("missing.env");
        web("env_file", t.seq(entry));
        assertEquals(List.of("compose.yaml:" + entry.location().line()
                        + ":1: services.web.env_file[0]: env file /project/missing.env not found"),
                diags.errors().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void envFileVariablesAreLocatedAtTheirEnvFileEntry() {
        envFiles.put(Path.of("/project/web.env"), vars("A", "1"));
        ScalarNode entry = t.str("web.env");
        MapNode env = (MapNode) webNode("env_file", entry).get("environment");
        assertEquals(entry.location(), env.get("A").location());
    }

    // --- extra_hosts, depends_on, networks ---

    @Test
    void extraHostsListBecomesHostToAddresses() {
        assertEquals(plainMap("db", plainList("10.0.0.2", "10.0.0.3"), "v6", plainList("::1"), "eq", plainList("1.2.3.4"),
                        "br", plainList("fe80::1")),
                webAttribute("extra_hosts", t.seq("db:10.0.0.2", "v6:::1", "eq=1.2.3.4", "db=10.0.0.3", "br=[fe80::1]")));
    }

    @Test
    void extraHostsMappingValuesBecomeLists() {
        assertEquals(plainMap("db", plainList("10.0.0.2"), "multi", plainList("1.1.1.1", "::2")),
                webAttribute("extra_hosts", t.map("db", "10.0.0.2", "multi", t.seq("1.1.1.1", "[::2]"))));
    }

    @Test
    void dependsOnListBecomesMappingWithServiceStarted() {
        assertEquals(plainMap("db", plainMap("condition", "service_started"), "cache",
                        plainMap("condition", "service_started")),
                webAttribute("depends_on", t.seq("db", "cache")));
        assertEquals(plainMap("db", plainMap("condition", "service_healthy")),
                webAttribute("depends_on", t.map("db", t.map("condition", "service_healthy"))));
    }

    @Test
    void serviceNetworksListBecomesMappingToNull() {
        assertEquals(plainMap("front", null, "back", null), webAttribute("networks", t.seq("front", "back")));
        assertEquals(plainMap("front", plainMap("aliases", plainList("a"))),
                webAttribute("networks", t.map("front", t.map("aliases", t.seq("a")))));
    }

    // --- ports ---

    private Object port(Object spec) {
        return webAttribute("ports", t.seq(spec));
    }

    @Test
    void portTargetOnly() {
        assertEquals(plainList(plainMap("target", 3000L)), port("3000"));
        assertEquals(plainList(plainMap("target", 8080L)), port(8080));
    }

    @Test
    void portPublishedAndTarget() {
        assertEquals(plainList(plainMap("target", 22L, "published", "49100")), port("49100:22"));
    }

    @Test
    void portTargetRangeExpandsToOnePortEach() {
        assertEquals(plainList(plainMap("target", 3000L), plainMap("target", 3001L), plainMap("target", 3002L)),
                port("3000-3002"));
    }

    @Test
    void portRangesPairPublishedWithTarget() {
        assertEquals(plainList(plainMap("target", 8080L, "published", "9090"),
                plainMap("target", 8081L, "published", "9091")), port("9090-9091:8080-8081"));
    }

    @Test
    void portWithHostIpRangeAndProtocol() {
        assertEquals(plainList(
                        plainMap("target", 80L, "published", "8000", "host_ip", "127.0.0.1", "protocol", "udp"),
                        plainMap("target", 81L, "published", "8001", "host_ip", "127.0.0.1", "protocol", "udp")),
                port("127.0.0.1:8000-8001:80-81/udp"));
    }

    @Test
    void portWithBracketedIpv6HostAddress() {
        assertEquals(plainList(plainMap("target", 80L, "published", "80", "host_ip", "::1")), port("[::1]:80:80"));
    }

    @Test
    void portWithHostIpAndNoPublishedPort() {
        assertEquals(plainList(plainMap("target", 5000L, "host_ip", "127.0.0.1")), port("127.0.0.1::5000"));
    }

    @Test
    void singleTargetWithPublishedRangeKeepsTheRange() {
        assertEquals(plainList(plainMap("target", 80L, "published", "8000-8010")), port("8000-8010:80"));
    }

    @Test
    void targetRangeWithSinglePublishedPortIsAnError() {
        ScalarNode spec = t.str("8000:80-81");
        assertEquals(plainList(), port(spec));
        assertEquals("compose.yaml:" + spec.location().line() + ":1: services.web.ports[0]: \"8000:80-81\" is not a "
                + "valid port mapping: the published range must match the target range", diags.errors().get(0).headline());
    }

    @Test
    void portOutOfRangeIsAnError() {
        port("80800");
        assertEquals("services.web.ports[0]: \"80800\" is not a valid port (1-65535)",
                diags.errors().get(0).headline().replaceFirst("^compose.yaml:\\d+:1: ", ""));
    }

    @Test
    void longPortEntryIsKeptWithPublishedAsString() {
        assertEquals(plainList(plainMap("target", 80L, "published", "8080", "mode", "host")),
                port(t.map("target", 80, "published", 8080, "mode", "host")));
    }

    @Test
    void portsAfterARangeKeepTheirOrder() {
        assertEquals(plainList(plainMap("target", 1L), plainMap("target", 2L), plainMap("target", 3L)),
                webAttribute("ports", t.seq("1-2", 3)));
    }

    // --- expose and string-or-list attributes ---

    @Test
    void exposeEntriesBecomeStrings() {
        assertEquals(plainList("3000", "4000-4005"), webAttribute("expose", t.seq(3000, "4000-4005")));
    }

    @Test
    void stringOrListAttributesBecomeLists() {
        assertEquals(plainMap("tmpfs", plainList("/run"), "dns", plainList("8.8.8.8"),
                        "dns_search", plainList("example.com"), "dns_opt", plainList("use-vc")),
                web("tmpfs", "/run", "dns", "8.8.8.8", "dns_search", "example.com", "dns_opt", t.seq("use-vc")));
    }

    // --- volumes ---

    private Object volume(Object spec) {
        return ((List<?>) webAttribute("volumes", t.seq(spec))).get(0);
    }

    @Test
    void relativeBindSourceBecomesAbsolute() {
        assertEquals(plainMap("type", "bind", "source", "/project/data", "target", "/data",
                "bind", plainMap("create_host_path", true)), volume("./sub/../data:/data"));
    }

    @Test
    void homeBindSourceUsesHomeFromTheEnvironment() {
        assertEquals(plainMap("type", "bind", "source", "/home/me/.cache", "target", "/cache",
                "bind", plainMap("create_host_path", true)), volume("~/.cache:/cache"));
    }

    @Test
    void namedVolumeWithReadOnly() {
        assertEquals(plainMap("type", "volume", "source", "dbdata", "target", "/var/lib/db", "read_only", true),
                volume("dbdata:/var/lib/db:ro"));
    }

    @Test
    void anonymousVolume() {
        assertEquals(plainMap("type", "volume", "target", "/tmp/cache"), volume("/tmp/cache"));
    }

    @Test
    void readWriteIsTheDefaultAndAddsNothing() {
        assertEquals(plainMap("type", "volume", "source", "v", "target", "/v"), volume("v:/v:rw"));
    }

    @Test
    void bindOptionsSelinuxAndPropagation() {
        assertEquals(plainMap("type", "bind", "source", "/srv", "target", "/srv", "read_only", true,
                        "bind", plainMap("create_host_path", true, "selinux", "Z", "propagation", "rshared")),
                volume("/srv:/srv:ro,Z,rshared"));
        assertEquals(plainMap("type", "bind", "source", "/a", "target", "/a",
                "bind", plainMap("create_host_path", true, "selinux", "z")), volume("/a:/a:z"));
    }

    @Test
    void nocopyAndConsistencyOptions() {
        assertEquals(plainMap("type", "volume", "source", "v", "target", "/v", "volume", plainMap("nocopy", true)),
                volume("v:/v:nocopy"));
        assertEquals(plainMap("type", "bind", "source", "/a", "target", "/a", "consistency", "cached",
                "bind", plainMap("create_host_path", true)), volume("/a:/a:cached"));
    }

    @Test
    void unknownVolumeOptionIsAnError() {
        volume("v:/v:bogus");
        assertTrue(diags.errors().get(0).headline().endsWith("services.web.volumes[0]: \"bogus\" is not a valid "
                + "volume option (allowed: ro, rw, z, Z, shared, rshared, slave, rslave, private, rprivate, nocopy, "
                + "consistent, cached, delegated)"));
    }

    @Test
    void longBindSourceBecomesAbsoluteAndOtherLongEntriesAreKept() {
        assertEquals(plainMap("type", "bind", "source", "/project/conf", "target", "/etc/app"),
                volume(t.map("type", "bind", "source", "conf", "target", "/etc/app")));
        assertEquals(plainMap("type", "tmpfs", "target", "/t", "tmpfs", plainMap("size", "10m")),
                volume(t.map("type", "tmpfs", "target", "/t", "tmpfs", t.map("size", "10m"))));
    }

    // --- healthcheck, ulimits, devices, secrets/configs, deploy ---

    @Test
    void healthcheckTestStringRunsInAShell() {
        assertEquals(plainMap("test", plainList("CMD-SHELL", "curl -f http://localhost"), "interval", "10s"),
                webAttribute("healthcheck", t.map("test", "curl -f http://localhost", "interval", "10s")));
        assertEquals(plainMap("test", plainList("CMD", "true")),
                webAttribute("healthcheck", t.map("test", t.seq("CMD", "true"))));
    }

    @Test
    void ulimitNumberBecomesSoftAndHard() {
        assertEquals(plainMap("nproc", plainMap("soft", 65535L, "hard", 65535L),
                        "nofile", plainMap("soft", 20000L, "hard", 40000L)),
                webAttribute("ulimits", t.map("nproc", 65535, "nofile", t.map("soft", 20000, "hard", 40000))));
    }

    @Test
    void devicesBecomeSourceTargetPermissions() {
        assertEquals(plainList(
                        plainMap("source", "/dev/sda", "target", "/dev/xvda", "permissions", "rwm"),
                        plainMap("source", "/dev/ttyUSB0", "target", "/dev/ttyUSB0"),
                        plainMap("source", "/dev/fuse", "target", "/dev/fuse", "permissions", "r"),
                        plainMap("source", "/dev/a", "target", "/dev/b")),
                webAttribute("devices", t.seq("/dev/sda:/dev/xvda:rwm", "/dev/ttyUSB0", "/dev/fuse:r", "/dev/a:/dev/b")));
    }

    @Test
    void secretAndConfigReferencesBecomeMappings() {
        Object service = web("secrets", t.seq("db_password", t.map("source", "tls", "target", "/tls")),
                "configs", t.seq("app_conf"));
        assertEquals(plainMap("secrets", plainList(plainMap("source", "db_password"),
                        plainMap("source", "tls", "target", "/tls")),
                "configs", plainList(plainMap("source", "app_conf"))), service);
    }

    @Test
    void deployLabelsListBecomesMapping() {
        assertEquals(plainMap("replicas", 2L, "labels", plainMap("tier", "front")),
                webAttribute("deploy", t.map("replicas", 2, "labels", t.seq("tier=front"), "x-hint", 1)));
    }

    // --- top level ---

    @Test
    void topLevelKeepsKnownSectionsAndExtensionsOfTheProjectAndOfServicesOnly() {
        MapNode root = normalize(t.map("version", "3.9", "name", "shop", "x-common", t.map("a", 1),
                "services", t.map("web", t.map("image", "nginx", "x-meta", 1), "x-template", t.map()),
                "include", t.seq("other.yaml")));
        assertEquals(plainMap("name", "shop", "x-common", plainMap("a", 1L),
                "services", plainMap("web", plainMap("image", "nginx", "x-meta", 1L)),
                "include", plainList("other.yaml")), Nodes.toPlain(root));
    }

    @Test
    void nullServiceBecomesEmptyMapping() {
        assertEquals(plainMap("services", plainMap("web", plainMap())),
                Nodes.toPlain(normalize(t.map("services", t.map("web", null)))));
    }

    @Test
    void resourceNullEntryBecomesEmptyMapping() {
        MapNode root = normalize(t.map("volumes", t.map("data", null), "networks", t.map("front", null,
                "back", t.map("driver", "bridge", "labels", t.seq("a=b")))));
        assertEquals(plainMap("volumes", plainMap("data", plainMap()), "networks", plainMap("front", plainMap(),
                "back", plainMap("driver", "bridge", "labels", plainMap("a", "b")))), Nodes.toPlain(root));
    }

    @Test
    void legacyExternalNameBecomesExternalTrueAndName() {
        MapNode root = normalize(t.map("networks", t.map("outside", t.map("external", t.map("name", "corp_net"))),
                "volumes", t.map("keep", t.map("external", true, "name", "kept"))));
        assertEquals(plainMap("networks", plainMap("outside", plainMap("external", true, "name", "corp_net")),
                        "volumes", plainMap("keep", plainMap("external", true, "name", "kept"))),
                Nodes.toPlain(root));
    }

    @Test
    void relativeSecretAndConfigFilesBecomeAbsolute() {
        MapNode root = normalize(t.map("secrets", t.map("pw", t.map("file", "./secrets/pw.txt"),
                        "env", t.map("environment", "PW")),
                "configs", t.map("conf", t.map("file", "/etc/app.conf"))));
        assertEquals(plainMap("secrets", plainMap("pw", plainMap("file", "/project/secrets/pw.txt"),
                        "env", plainMap("environment", "PW")),
                "configs", plainMap("conf", plainMap("file", "/etc/app.conf"))), Nodes.toPlain(root));
    }

    // --- locations and tags ---

    @Test
    void convertedNodesKeepTheLocationOfTheirSource() {
        ScalarNode portSpec = t.str("8080:80");
        ScalarNode env = t.str("A=1");
        MapNode web = webNode("ports", t.seq(portSpec), "environment", t.seq(env));
        MapNode port = (MapNode) ((SeqNode) web.get("ports")).get(0);
        assertEquals(portSpec.location(), port.location());
        assertEquals(portSpec.location(), port.get("published").location());
        MapNode environment = (MapNode) web.get("environment");
        assertEquals(env.location(), environment.get("A").location());
        assertEquals(env.location(), environment.keyLocation("A"));
    }

    @Test
    void mergeTagsSurviveNormalisation() {
        MapNode web = webNode("ports", TestTrees.override(t.seq("80:80")),
                "environment", t.map("A", TestTrees.reset(t.nil())), "command", TestTrees.reset(t.str("x y")));
        assertEquals(Tag.OVERRIDE, web.get("ports").tag());
        assertEquals(Tag.RESET, ((MapNode) web.get("environment")).get("A").tag());
        assertEquals(Tag.RESET, web.get("command").tag());
        assertEquals(plainList("x", "y"), Nodes.toPlain(web.get("command")));
    }

    @Test
    void validInputProducesNoDiagnostics() {
        web("image", "nginx", "ports", t.seq("80:80"), "volumes", t.seq("./a:/a"), "command", "run");
        assertFalse(diags.hasErrors());
        assertTrue(diags.isEmpty());
    }

    private static LinkedHashMap<String, String> vars(String... kv) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

}
