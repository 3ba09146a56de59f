package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import dev.jcompose.engine.docker.EndpointResolver;
import dev.jcompose.engine.docker.RegistryCredentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.jcompose.e2e.TestRegistry.ADDRESS;
import static dev.jcompose.e2e.TestRegistry.PASSWORD;
import static dev.jcompose.e2e.TestRegistry.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pull, push and up against a real registry ({@code scripts/registry-up.sh}: 127.0.0.1:47500, htpasswd auth, plain
 * HTTP), with credentials from config.json's {@code auths} and from credential helpers. Each test's images live in a
 * repository named after its project and are removed from the registry and the engine afterwards.
 */
class RegistryE2ETest extends EngineE2E {

    @BeforeAll
    static void registryRuns() {
        TestRegistry.reachableOrSkip();
    }

    @Test
    void pullDownloadsTheLayersTheEngineLacksWithProgress() throws IOException {
        try (Stack s = stack("regpull"); TestRegistry.Image pushed = testImage(s, "busybox")) {
            String image = pushed.reference();
            seedRegistry(s, image, "only in " + s.project);
            assertFalse(engine.imageExists(image));
            s.env("DOCKER_CONFIG", loggedIn().toString());
            s.write("compose.yaml", "services:\n  app:\n    image: " + image + "\n");

            Stack.Run pull = s.ok("pull");
            assertTrue(layer("Already exists").matcher(pull.err()).find(), "busybox's layer is here: " + pull);
            assertTrue(layer("Pull complete").matcher(pull.err()).find(), "the image's own layer: " + pull);
            assertTrue(pull.err().contains(" app Image " + image + "  Pulled"), pull.toString());
            assertTrue(engine.imageExists(image));
        }
    }

    @Test
    void pushPutsTheBuiltImageAndItsBuildTagsInTheRegistry() throws IOException {
        try (Stack s = stack("regpush"); TestRegistry.Image pushed = testImage(s, "app");
             TestRegistry.Image extra = new TestRegistry.Image(pushed.repository(), "extra")) {
            String repository = pushed.repository();
            s.env("DOCKER_CONFIG", loggedIn().toString());
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\nCOPY compose.yaml /\n");
            s.write("compose.yaml", """
                    services:
                      app:
                        build: {context: ., tags: ["%1$s/%2$s:extra"]}
                        image: %1$s/%2$s:1
                    """.formatted(ADDRESS, repository));
            s.ok("build", "-q");
            Stack.Run push = s.ok("push");
            assertTrue(push.err().contains(" Image " + pushed.reference() + "  Pushed"), push.toString());
            assertTrue(push.err().contains(" Image " + extra.reference() + "  Pushed"), push.toString());
            assertEquals(List.of("1", "extra"), TestRegistry.tags(repository).stream().sorted().toList());
        }
    }

    @Test
    void upWithPullPolicyAlwaysRunsTheRegistrysImageOverTheLocalOne() throws IOException {
        try (Stack s = stack("regalways"); TestRegistry.Image pushed = testImage(s, "busybox")) {
            String image = pushed.reference();
            seedRegistry(s, image, "from the registry");
            buildLocally(s, image, "built here");
            s.env("DOCKER_CONFIG", loggedIn().toString());
            s.write("compose.yaml", """
                    services:
                      app:
                        image: %s
                        pull_policy: always
                        command: $SERVE_UNTIL_STOPPED
                    """.formatted(image));
            Stack.Run up = s.ok("up", "-d");
            assertTrue(up.err().contains(" app Image " + image + "  Pulled"), up.toString());
            assertEquals("from the registry", s.exec(s.name("app", 1), "cat", "/content").out());
        }
    }

    @Test
    void credentialHelpersAreAskedAsTheDockerCliAsksThem() throws IOException {
        try (Stack s = stack("reghelper"); TestRegistry.Image pushed = testImage(s, "busybox")) {
            String image = pushed.reference();
            Path asked = dir.resolve("asked");
            Path bin = Files.createDirectories(dir.resolve("bin"));
            Path helper = bin.resolve("docker-credential-jctest");
            Files.writeString(helper, """
                    #!/bin/sh
                    read server
                    echo "$server" >> '%1$s'
                    [ "$server" = "%2$s" ] || { echo "credentials not found in native keychain"; exit 1; }
                    echo '{"ServerURL": "%2$s", "Username": "%3$s", "Secret": "%4$s"}'
                    """.formatted(asked, ADDRESS, USER, PASSWORD));
            Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwxr-xr-x"));
            s.env("PATH", bin + File.pathSeparator + System.getenv("PATH"));
            s.write("compose.yaml", "services:\n  app:\n    image: " + image + "\n");
            seedRegistry(s, image, "from the registry");

            s.env("DOCKER_CONFIG", TestRegistry.dockerConfig(dir, "store", """
                    {"credsStore": "jctest"}
                    """).toString());
            s.ok("pull");
            assertTrue(engine.imageExists(image));
            engine.removeImage(image, false);

            s.env("DOCKER_CONFIG", TestRegistry.dockerConfig(dir, "helpers", """
                    {"credHelpers": {"%s": "jctest"}, "credsStore": "not-installed"}
                    """.formatted(ADDRESS)).toString());
            s.ok("pull");
            assertTrue(engine.imageExists(image), "the registry's own helper is asked, not the store");
            assertEquals(ADDRESS + "\n" + ADDRESS + "\n", Files.readString(asked),
                    "the helper got the registry on stdin, once a pull");
        }
    }

    @Test
    void wrongOrMissingCredentialsFailSayingWhatWasSentAndFromWhere() throws IOException {
        try (Stack s = stack("regrefused"); TestRegistry.Image refused = testImage(s, "app")) {
            String image = refused.reference();
            Path wrong = TestRegistry.dockerConfig(dir, "wrong", TestRegistry.authsJson(USER, "not-" + PASSWORD));
            s.env("DOCKER_CONFIG", wrong.toString());
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\n");
            s.write("compose.yaml", "services:\n  app:\n    image: " + image + "\n    build: .\n");

            Stack.Run pull = s.jc("pull");
            assertEquals(1, pull.exitCode(), pull.toString());
            assertTrue(pull.err().contains("error: app Image " + image + ": pull image " + image
                    + ": unauthorized: authentication required (the registry refused the credentials of \"" + USER
                    + "\" from \"auths\" in " + wrong.resolve("config.json") + ")"), pull.toString());

            s.ok("build", "-q");
            Path none = Files.createDirectories(dir.resolve("none"));
            s.env("DOCKER_CONFIG", none.toString());
            Stack.Run push = s.jc("push");
            assertEquals(1, push.exitCode(), push.toString());
            assertTrue(push.err().contains("push image " + image + ": no basic auth credentials (\"auths\" in "
                    + none.resolve("config.json") + " has no credentials for " + ADDRESS + "; `docker login "
                    + ADDRESS + "` stores them)"), push.toString());
            assertEquals(List.of(), TestRegistry.tags(refused.repository()));
        }
    }

    /** {@code <registry>/<project>/<name>:1}: a repository of this test's own. */
    private static TestRegistry.Image testImage(Stack s, String name) {
        return new TestRegistry.Image(s.project + "/" + name, "1");
    }

    /** A DOCKER_CONFIG whose {@code auths} logs in to the test registry, as {@code docker login} writes it. */
    private Path loggedIn() throws IOException {
        return TestRegistry.dockerConfig(dir, "logged-in", TestRegistry.authsJson(USER, PASSWORD));
    }

    private static Pattern layer(String status) {
        // the status once: the layer's line does not repeat it
        return Pattern.compile("(?m)^ [0-9a-f]{12}  " + status + "[ \\t]*$");
    }

    /**
     * Builds {@code image} from the busybox test image plus a layer of its own, {@code /content}, labelled as the
     * stack's so that the stack removes it.
     */
    private static void buildLocally(Stack s, String image, String content) throws IOException {
        s.write("seed/Dockerfile", "FROM jcompose-test/busybox:latest\nCOPY content /content\n");
        s.write("seed/content", content);
        s.write("seed.yaml", "services:\n  seed:\n    build: ./seed\n    image: " + image + "\n");
        s.ok("-f", "seed.yaml", "build", "-q");
    }

    /**
     * Puts {@code image} in the registry through the engine, logged in, then removes it from the engine, so that only
     * the registry has it and its own layer.
     */
    private void seedRegistry(Stack s, String image, String content) throws IOException {
        buildLocally(s, image, content);
        Path config = loggedIn();
        try (DockerEngine pusher = DockerEngine.connect(EndpointResolver.system().resolve(),
                () -> RegistryCredentials.forEnvironment(Map.of("DOCKER_CONFIG", config.toString())))) {
            pusher.pushImage(image, event -> { });
        }
        engine.removeImage(image, false);
    }
}
