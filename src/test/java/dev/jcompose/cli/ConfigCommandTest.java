package dev.jcompose.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.yaml.JsonWriter;
import dev.jcompose.loader.yaml.YamlWriter;
import dev.jcompose.state.ConfigHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    private static final Map<String, Object> WEB = Map.of("image", "nginx:1.25", "ports", List.of(Map.of("target", 80)));
    private static final Map<String, Object> WORKER = Map.of("build", Map.of("context", "/srv/shop/worker"));

    private final List<LoadRequest> requests = new java.util.ArrayList<>();
    private List<Diagnostic> warnings = List.of();

    private LoadResult load(LoadRequest request) {
        requests.add(request);
        LinkedHashMap<String, Object> view = new LinkedHashMap<>();
        view.put("name", "shop");
        LinkedHashMap<String, Object> services = new LinkedHashMap<>();
        services.put("web", WEB);
        services.put("worker", WORKER);
        view.put("services", services);
        view.put("networks", new LinkedHashMap<>(Map.of("default", Map.of("name", "shop_default"))));
        LinkedHashMap<String, Object> volumes = new LinkedHashMap<>();
        volumes.put("data", Map.of("name", "shop_data"));
        volumes.put("cache", Map.of("name", "shop_cache"));
        view.put("volumes", volumes);
        return new LoadResult(null, warnings, SourceMap.EMPTY, Set.of("debug", "admin"), () -> view,
                Map.of("TAG", "1.2", "HOME", "/home/me", "GREETING", "hello world"));
    }

    private final CliHarness cli = new CliHarness(this::load, Path.of("/work/project"), Map.of("COMPOSE_FILE", "env.yaml"));

    @Test
    void passesTheGlobalOptionsAndTheProcessEnvironmentToTheLoader() {
        cli.run("-f", "a.yaml", "-f", "-", "-p", "shop", "--project-directory", "/srv", "--env-file", "x.env",
                "--profile", "debug", "config", "-q");
        LoadRequest r = requests.get(0);
        assertEquals(List.of("a.yaml", "-"), r.files());
        assertEquals("shop", r.projectName());
        assertEquals("/srv", r.projectDirectory());
        assertEquals(List.of("x.env"), r.envFiles());
        assertEquals(List.of("debug"), r.profiles());
        assertEquals(Map.of("COMPOSE_FILE", "env.yaml"), r.environment());
        assertEquals(Path.of("/work/project"), r.workingDir());
        assertTrue(r.interpolate());
        assertEquals("services: {}\n", r.stdin().get());
    }

    @Test
    void withoutOptionsTheRequestLeavesEverythingToTheLoader() {
        cli.run("config", "--no-interpolate", "-q");
        LoadRequest r = requests.get(0);
        assertEquals(List.of(), r.files());
        assertNull(r.projectName());
        assertEquals(List.of(), r.profiles());
        assertFalse(r.interpolate());
    }

    @Test
    void printsTheWholeConfigurationAsYamlByDefaultAndJsonOnRequest() {
        CliHarness.Run yaml = cli.run("config");
        CliHarness.Run json = cli.run("config", "--format", "json");
        assertEquals(ExitCodes.OK, yaml.exitCode());
        assertEquals(YamlWriter.write(load(null).configView()), yaml.out());
        assertNotEquals(yaml.out(), json.out());
    }

    @Test
    void jsonWritesTheFieldsComposeV2WritesEvenWhenEmptyInNameOrder() {
        String json = cli.run("config", "--format", "json").out();
        assertTrue(json.startsWith("{\n  \"name\": \"shop\",\n  \"networks\": {\n    \"default\": {\n"
                + "      \"name\": \"shop_default\",\n      \"ipam\": {}\n    }\n  },\n  \"services\": {\n"
                + "    \"web\": {\n      \"command\": null,\n      \"entrypoint\": null,\n      \"image\": \"nginx:1.25\","), json);
        assertTrue(json.contains("\"volumes\": {\n    \"cache\": {"), "maps in name order: " + json);
    }

    @Test
    void dollarsAreWrittenTwiceSoThatTheOutputReadsBackAsTheSameModel() {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("image", "app");
        service.put("environment", new LinkedHashMap<>(Map.of("PRICE", "$5 and $$")));
        service.put("labels", new LinkedHashMap<>(Map.of("a$b", "plain")));
        LinkedHashMap<String, Object> view = new LinkedHashMap<>();
        view.put("name", "shop");
        view.put("services", new LinkedHashMap<>(Map.of("web", service)));
        CliHarness dollars = new CliHarness(request -> new LoadResult(null, List.<Diagnostic>of(), SourceMap.EMPTY, Set.<String>of(), view),
                Path.of("/work/project"), Map.of());

        String yaml = dollars.run("config").out();
        assertTrue(yaml.contains("PRICE: $$5 and $$$$\n"), yaml);
        assertTrue(yaml.contains("a$$b: plain\n"), yaml);
        assertTrue(dollars.run("config", "--format", "json").out().contains("\"PRICE\": \"$$5 and $$$$\""));
        assertTrue(dollars.run("config", "--no-interpolate").out().contains("PRICE: $5 and $$\n"));
    }

    @Test
    void quietPrintsNothingButStillLoads() {
        CliHarness.Run run = cli.run("config", "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, requests.size());
    }

    @Test
    void listsServicesVolumesNetworksInDefinitionOrderAndProfilesSorted() {
        assertEquals("web\nworker\n", cli.run("config", "--services").out());
        assertEquals("data\ncache\n", cli.run("config", "--volumes").out());
        assertEquals("default\n", cli.run("config", "--networks").out());
        assertEquals("admin\ndebug\n", cli.run("config", "--profiles").out());
    }

    @Test
    void environmentPrintsTheVariablesOfTheInterpolationSorted() {
        CliHarness.Run run = cli.run("config", "--environment");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals("GREETING=hello world\nHOME=/home/me\nTAG=1.2\n", run.out());
    }

    @Test
    void variablesPrintATableAsDockerComposeDoesOrJson(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("compose.yaml"),
                "services:\n  web:\n    image: ${IMAGE:-nginx}:${TAG}\n    ports: [\"${PORT:?}:80\"]\n");
        CliHarness real = new CliHarness(new DefaultProjectLoading(), dir, Map.of());
        assertEquals("""
                NAME                REQUIRED            DEFAULT VALUE       ALTERNATE VALUE
                IMAGE               false               nginx               \n\
                PORT                true                                    \n\
                TAG                 false                                   \n\
                """, real.run("config", "--variables").out());
        String json = real.run("config", "--variables", "--format", "json").out();
        assertTrue(json.startsWith("""
                {
                  "IMAGE": {
                    "Name": "IMAGE",
                    "DefaultValue": "nginx",
                    "PresenceValue": "",
                    "Required": false
                  },
                """), json);
    }

    @Test
    void noPathResolutionKeepsRelativePathsAsWrittenAndStillReadsTheEnvFile(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("web.env"), "A=1\n");
        java.nio.file.Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    build: ./app
                    env_file: web.env
                    ports: ["127.0.0.1:8080:80"]
                    volumes: [./data:/data, cache:/cache]
                volumes:
                  cache: {}
                """);
        CliHarness real = new CliHarness(new DefaultProjectLoading(), dir, Map.of());
        String resolved = real.run("config").out();
        assertTrue(resolved.contains("context: " + dir.resolve("app")), resolved);
        assertTrue(resolved.contains("source: " + dir.resolve("data")), resolved);

        CliHarness.Run r = real.run("config", "--no-path-resolution");

        assertEquals("", r.err());
        assertTrue(r.out().contains("context: ./app"), r.out());
        assertTrue(r.out().contains("source: ./data"), r.out());
        assertTrue(r.out().contains("path: web.env"), r.out());
        assertTrue(r.out().contains("A: \"1\""), "the env file is still read: " + r.out());
        assertTrue(r.out().contains("host_ip: 127.0.0.1"), "short syntax is still made long: " + r.out());
        assertFalse(r.out().contains(dir.toString()), r.out());
        cli.run("config", "-q", "--no-path-resolution");
        assertFalse(requests.get(0).resolvePaths());
    }

    @Test
    void noNormalizeLeavesOutTheDefaultsNoFileWrote(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: busybox
                    build: ./app
                    volumes: [cache:/cache]
                  api:
                    image: busybox
                    build: {context: ., dockerfile: api.Dockerfile}
                    networks: [back]
                networks:
                  back: {name: the-back}
                volumes:
                  cache: {}
                """);
        CliHarness real = new CliHarness(new DefaultProjectLoading(), dir, Map.of());
        String normalized = real.run("config").out();
        assertTrue(normalized.contains("_default"), normalized);
        assertTrue(normalized.contains("dockerfile: Dockerfile"), normalized);

        CliHarness.Run r = real.run("config", "--no-normalize");

        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("_default"), "no implicit default network: " + r.out());
        assertFalse(r.out().contains("default: null"), r.out());
        assertFalse(r.out().contains("dockerfile: Dockerfile"), r.out());
        assertFalse(r.out().contains("_cache"), "no generated volume name: " + r.out());
        assertTrue(r.out().contains("  cache: {}\n"), r.out());
        assertTrue(r.out().contains("dockerfile: api.Dockerfile"), "what a file wrote stays: " + r.out());
        assertTrue(r.out().contains("name: the-back"), r.out());
        assertTrue(r.out().contains("back: null"), r.out());
        assertTrue(r.out().contains("context: " + dir.resolve("app")), "paths are still resolved: " + r.out());
        assertEquals("back\n", real.run("config", "--networks", "--no-normalize").out(), "listings too, as Compose");
    }

    @Test
    void imageDigestOptionsAreRefusedNamingWhatIsMissingAndLoadNothing() {
        for (String option : List.of("--resolve-image-digests", "--lock-image-digests")) {
            CliHarness.Run r = cli.run("config", option);
            assertEquals(1, r.exitCode(), option);
            assertTrue(r.err().contains(option + " is not supported yet"), r.err());
            assertTrue(r.err().contains("distribution inspect"), r.err());
            assertEquals("", r.out());
        }
        assertTrue(requests.isEmpty());
    }

    @Test
    void imagesFallBackToTheNameComposeWouldBuild() {
        assertEquals("nginx:1.25\nshop-worker\n", cli.run("config", "--images").out());
    }

    @Test
    void hashPrintsOneLinePerSelectedService() {
        String web = "web " + ConfigHash.of(WEB) + "\n";
        String worker = "worker " + ConfigHash.of(WORKER) + "\n";
        assertEquals(web + worker, cli.run("config", "--hash", "*").out());
        assertEquals(worker, cli.run("config", "--hash", "worker").out());
        assertEquals(worker + web, cli.run("config", "--hash", "worker,web").out());
    }

    @Test
    void hashOfAnUnknownServiceFailsWithASuggestion() {
        CliHarness.Run run = cli.run("config", "--hash", "wbe");
        assertEquals(ExitCodes.RUNTIME_FAILURE, run.exitCode());
        assertEquals("error: no such service: \"wbe\"\n  hint: did you mean `web`?\n", run.err());
    }

    @Test
    void warningsGoToStderrInTheDiagnosticFormat() {
        warnings = List.of(Diagnostic.warning(SourceLocation.of("compose.yaml", 3, 12),
                YamlPath.ROOT.key("services").key("web").key("image"),
                "The \"TAG\" variable is not set. Defaulting to a blank string."));
        CliHarness.Run run = cli.run("config", "--services");
        assertEquals("web\nworker\n", run.out());
        assertEquals("warning: compose.yaml:3:12: services.web.image: The \"TAG\" variable is not set."
                + " Defaulting to a blank string.\n", run.err());
    }

    @Test
    void outputFileReceivesWhatStdoutWouldHave(@TempDir Path dir) throws Exception {
        CliHarness inDir = new CliHarness(this::load, dir, Map.of());
        CliHarness.Run run = inDir.run("config", "--services", "-o", "out.txt");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals("", run.out());
        assertEquals("web\nworker\n", Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }
}
