package dev.jcompose.engine.docker;

import dev.jcompose.engine.ApiFeatures;
import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerEngineContract;
import dev.jcompose.engine.EngineInfo;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.LogStream;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.PortSpec;
import dev.jcompose.engine.ProgressEvent;
import dev.jcompose.engine.PublishedPort;
import dev.jcompose.engine.HealthProbe;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The contract against the real engine, plus what only a real engine can show: DNS by alias, a published port that
 * answers, builds. Skipped without an engine; a failure when CI=true, where an engine must be there.
 */
class DockerEngineContractTest extends ContainerEngineContract {
    private static DockerEngine shared;

    @BeforeAll
    static void connect() {
        try {
            shared = DockerEngine.connect();
        } catch (EngineUnreachableException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but no container engine is reachable: " + e.getMessage(), e);
            }
            abort("no container engine: " + e.getMessage());
        }
        ensureBusyboxImage(shared);
    }

    @AfterAll
    static void disconnect() {
        if (shared != null) {
            shared.close();
        }
    }

    @Override
    protected ContainerEngine engine() {
        return shared;
    }

    /** Builds the test image through the API when it is missing, from the host's static busybox. */
    private static void ensureBusyboxImage(ContainerEngine engine) {
        if (engine.imageExists(IMAGE)) {
            return;
        }
        Path busybox = Path.of("/bin/busybox");
        byte[] binary;
        try {
            binary = Files.readAllBytes(busybox);
        } catch (IOException e) {
            throw new AssertionError(IMAGE + " is missing and " + busybox + " cannot be read: install busybox-static"
                    + " or run scripts/build-test-images.sh", e);
        }
        byte[] context = new TarBuilder()
                .file("busybox", binary, 0755)
                .file("Dockerfile", "FROM scratch\nCOPY busybox /bin/busybox\n"
                        + "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\nCMD [\"sh\"]\n")
                .build();
        engine.buildImage(new ByteArrayInputStream(context), BuildSpec.tagged(IMAGE), event -> { });
    }

    @Test
    void negotiatesAnApiVersionNoNewerThanTheEngines() {
        EngineInfo info = engine.info();
        assertFalse(info.serverVersion().isEmpty());
        String engineApi = info.engineApiVersion();
        String negotiated = info.negotiatedApiVersion();
        assertTrue(compare(negotiated, engineApi) <= 0, negotiated + " > engine's " + engineApi);
        assertTrue(compare(negotiated, "1.44") <= 0, negotiated);
        // the run against the current engine (-Pmodern-engine) must really talk the newest API we speak
        String least = System.getenv().getOrDefault("JCOMPOSE_TEST_MIN_API", "1.24");
        assertTrue(compare(negotiated, least) >= 0, negotiated + " < " + least + " at " + shared.endpoint().describe());
    }

    @Test
    void aContainerResolvesAnotherByItsNetworkAlias() {
        String net = network("net");
        String server = engine.createContainer(container("db", RUN_FOREVER)
                .network(net, NetworkAttachmentSpec.withAliases("database")).build());
        engine.startContainer(server);
        String serverIp = engine.inspectContainer(server).networks().get(net).ipv4Address();
        assertNotNull(serverIp);

        String client = engine.createContainer(container("client", List.of("ping", "-c1", "-W2", "database"))
                .network(net, null).build());
        engine.startContainer(client);
        assertEquals(0, engine.waitContainer(client));
        StringBuilder out = new StringBuilder();
        engine.logs(client, dev.jcompose.engine.LogOptions.ALL,
                (stream, bytes) -> out.append(new String(bytes, StandardCharsets.UTF_8))).close();
        assertTrue(out.toString().contains(serverIp), out.toString());
    }

    @Test
    void aMacAddressOnTheSecondNetworkNeedsApi144() {
        String front = network("front");
        String back = network("back");
        String mac = "02:42:ac:11:fd:02";
        dev.jcompose.engine.CreatedContainer created = engine.createContainerReporting(container("mac", RUN_FOREVER)
                .network(front, null).network(back, new NetworkAttachmentSpec(List.of(), null, null, mac)).build());
        engine.startContainer(created.id());
        String onBack = engine.inspectContainer(created.id()).networks().get(back).macAddress();
        if (ApiFeatures.older(engine.info().negotiatedApiVersion(), "1.44")) {
            assertTrue(created.warnings().stream().anyMatch(w -> w.startsWith("the MAC address on network " + back)),
                    created.warnings().toString());
            assertFalse(mac.equals(onBack), onBack);
        } else {
            assertEquals(List.of(), created.warnings());
            assertEquals(mac, onBack);
        }
    }

    @Test
    void aPortPublishedOnLoopbackAnswers() throws Exception {
        // on a network of its own, as compose's containers are: the modern test engine has no default bridge
        String net = network("net");
        String id = engine.createContainer(container("httpd", List.of("sh", "-c",
                "mkdir -p /www && echo hello-from-" + prefix + " > /www/index.html && exec httpd -f -p 8080 -h /www"))
                .network(net, null).port(PortSpec.published("127.0.0.1", "0", 8080)).build());
        engine.startContainer(id);
        PublishedPort port = engine.inspectContainer(id).ports().stream().filter(PublishedPort::isPublished)
                .findFirst().orElseThrow();
        assertEquals("127.0.0.1", port.hostIp());

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.hostPort() + "/"))
                .timeout(Duration.ofSeconds(2)).build();
        String body = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (body == null && System.nanoTime() < deadline) {
            try {
                body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException notYetListening) {
                Thread.sleep(100);
            }
        }
        assertEquals("hello-from-" + prefix + "\n", body);
    }

    @Test
    void execRunsInARunningContainerAndReportsItsExitCode() {
        String id = engine.createContainer(container("exec", RUN_FOREVER).build());
        engine.startContainer(id);
        String exec = engine.execCreate(id, ExecSpec.of("sh", "-c", "echo in-exec; exit 5"));
        StringBuilder out = new StringBuilder();
        int code = engine.execStart(exec, null, (stream, bytes) -> {
            if (stream == LogStream.STDOUT) {
                out.append(new String(bytes, StandardCharsets.UTF_8));
            }
        });
        assertEquals(5, code);
        assertEquals("in-exec\n", out.toString());
    }

    @Test
    void aTerminalsLogsAreReadRaw() {
        // from API 1.42 the engine says whether logs are raw or framed; an older one leaves it to the first byte,
        // which a terminal's output starting with Ctrl-A would fool
        String first = ApiFeatures.older(engine.info().negotiatedApiVersion(), "1.42") ? "" : "\u0001";
        String id = engine.createContainer(container("tty", List.of("printf", first + "tty-" + prefix + "\\n"))
                .tty(true).build());
        engine.startContainer(id);
        assertEquals(0, engine.waitContainer(id));
        StringBuilder out = new StringBuilder();
        engine.logs(id, dev.jcompose.engine.LogOptions.ALL,
                (stream, bytes) -> out.append(stream).append(':').append(new String(bytes, StandardCharsets.UTF_8)))
                .close();
        assertEquals(LogStream.STDOUT + ":" + first + "tty-" + prefix + "\r\n", out.toString());
    }

    @Test
    void buildsAnImageWithLabelsAndRemovesIt() {
        String tag = "jcompose-test/" + prefix + ":build";
        byte[] context = new TarBuilder()
                .file("Dockerfile.test", "FROM " + IMAGE + " AS base\nARG WHO\nRUN echo built-for-$WHO\n"
                        + "FROM base AS final\nRUN false\n")
                .build();
        List<ProgressEvent> progress = new ArrayList<>();
        String imageId = engine.buildImage(new ByteArrayInputStream(context), new BuildSpec(List.of(tag),
                "Dockerfile.test", Map.of("WHO", prefix), "base", Map.of(TEST_LABEL, prefix), false, false),
                progress::add);
        try {
            assertTrue(progress.stream().anyMatch(p -> p.detail() != null && p.detail().contains("built-for-" + prefix)),
                    progress.toString());
            ImageInfo image = engine.findImage(tag).orElseThrow();
            assertTrue(image.id().contains(imageId), image.id() + " vs " + imageId);
            assertEquals(prefix, image.labels().get(TEST_LABEL));
            assertEquals(1, engine.listImages(Map.of(TEST_LABEL, prefix)).size());
        } finally {
            engine.removeImage(tag, true);
        }
        assertFalse(engine.imageExists(tag));
    }

    @Test
    void anUnreachableEndpointSaysWhatWasTried() {
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "jct-" + UUID.randomUUID() + ".sock");
        Endpoint endpoint = new Endpoint(URI.create("unix://" + missing), false, null, "DOCKER_HOST");
        EngineUnreachableException e = org.junit.jupiter.api.Assertions.assertThrows(
                EngineUnreachableException.class, () -> DockerEngine.connect(endpoint));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("DOCKER_HOST"), e.getMessage());
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }


    // --- build-pull ---

    @Test
    void aPullFromAnUnreachableRegistrySaysWhereAndWhy() {
        dev.jcompose.engine.EngineException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.jcompose.engine.EngineException.class, () -> engine.pullImage("127.0.0.1:1/" + prefix + ":1", p -> { }));
        assertTrue(e.getMessage().startsWith("pull image 127.0.0.1:1/" + prefix + ":1: "), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:1") && e.getMessage().contains("connection refused"),
                e.getMessage());
    }

    @Test
    void aConfiguredCredentialHelperThatIsMissingStopsThePullWithAClearMessage(
            @org.junit.jupiter.api.io.TempDir Path config) throws IOException {
        Files.writeString(config.resolve("config.json"), "{\"credHelpers\": {\"127.0.0.1:1\": \"nothere\"}}");
        Map<String, String> env = Map.of("DOCKER_CONFIG", config.toString(), "PATH", config.toString());
        try (DockerEngine withHelper = DockerEngine.connect(EndpointResolver.system().resolve(),
                () -> RegistryCredentials.forEnvironment(env))) {
            dev.jcompose.engine.EngineException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.jcompose.engine.EngineException.class,
                    () -> withHelper.pullImage("127.0.0.1:1/" + prefix + ":1", p -> { }));
            assertTrue(e.getMessage().contains("credential helper \"nothere\" (credHelpers)")
                    && e.getMessage().contains("docker-credential-nothere is not on PATH"), e.getMessage());
        }
    }

    // --- rollout ---

    @Test
    void healthProbesCarryWhatTheCheckPrinted() throws Exception {
        String id = engine.createContainer(container("probe", RUN_FOREVER)
                .healthcheck(new HealthcheckSpec(List.of("CMD-SHELL", "echo probe-" + prefix + "; exit 1"),
                        Duration.ofMillis(200), Duration.ofSeconds(2), 1, null))
                .build());
        java.util.concurrent.CountDownLatch unhealthy = new java.util.concurrent.CountDownLatch(1);
        try (Subscription s = engine.events(Map.of(TEST_LABEL, prefix), e -> {
            if (e.action().contains("health_status: unhealthy")) unhealthy.countDown();
        })) {
            engine.startContainer(id);
            assertTrue(unhealthy.await(20, java.util.concurrent.TimeUnit.SECONDS), "no unhealthy event");
        }
        List<HealthProbe> probes = engine.healthProbes(id);
        assertFalse(probes.isEmpty());
        HealthProbe last = probes.get(probes.size() - 1);
        assertEquals(1, last.exitCode());
        assertEquals("probe-" + prefix + "\n", last.output());
    }

    // --- spec ---

    @Test
    void theEnginesOwnCreateWarningsArePassedOn() {
        // a Linux engine keeps no CPU percent (a Windows setting) and says so
        dev.jcompose.engine.CreatedContainer created = engine.createContainerReporting(container("percent",
                RUN_FOREVER).resources(dev.jcompose.engine.Resources.builder().cpuPercent(50L).build()).build());
        assertTrue(created.warnings().stream().anyMatch(w -> w.contains("does not support CPU percent")),
                created.warnings().toString());
        assertEquals(null, engine.inspectContainer(created.id()).settings().resources().cpuPercent());
    }

    @Test
    void aSeccompProfileFileGoesToTheEngineAsItsContent() throws IOException {
        Path profile = Files.createTempFile("jc-seccomp", ".json");
        try {
            Files.writeString(profile, "{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\"\n}\n");
            String id = engine.createContainer(container("seccomp", RUN_FOREVER)
                    .securityOpt("seccomp=" + profile).build());
            assertEquals(List.of("seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\"}"),
                    engine.inspectContainer(id).settings().securityOpt());
        } finally {
            Files.deleteIfExists(profile);
        }
        dev.jcompose.engine.EngineException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.jcompose.engine.EngineException.class, () -> engine.createContainer(container("noprofile",
                        RUN_FOREVER).securityOpt("seccomp=" + profile).build()));
        assertEquals("create container " + prefix + "-noprofile: opening seccomp profile (" + profile
                + ") failed: no such file", e.getMessage());
    }

    @Test
    void aGpuRequestReachesTheEngineAndAnEngineWithoutGpusSaysWhyItCannotStart() {
        String id = engine.createContainer(container("gpu", RUN_FOREVER).networkMode("none")
                .resources(dev.jcompose.engine.Resources.builder().deviceRequests(List.of(
                        new dev.jcompose.engine.Resources.DeviceRequest(null, -1, null, List.of(List.of("gpu")),
                                null))).build()).build());
        assertEquals(1, engine.inspectContainer(id).settings().resources().deviceRequests().size());
        try {
            engine.startContainer(id);
            // an engine with a GPU driver runs it: nothing more to check here
        } catch (dev.jcompose.engine.EngineException e) {
            assertTrue(e.getMessage().startsWith("start container " + id + ": could not select device driver"),
                    e.getMessage());
        }
    }
}
