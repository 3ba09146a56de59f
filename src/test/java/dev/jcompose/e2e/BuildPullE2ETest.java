package dev.jcompose.e2e;

import dev.jcompose.engine.ImageDetails;
import dev.jcompose.engine.docker.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * build, pull, push and the image side of up on the real engine. Images are built from local contexts FROM the
 * local busybox image; registries are an unreachable address on loopback, never the network.
 */
class BuildPullE2ETest extends EngineE2E {

    private static final String SERVE = "CMD [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 300 & wait\"]\n";

    @Test
    void buildHonoursArgsTargetLabelsAndDockerignoreAndTagsTheImageAfterProjectAndService() throws IOException {
        try (Stack s = stack("args")) {
            s.env("WHO", "from-env");
            s.write("app/Dockerfile", """
                    FROM jcompose-test/busybox:latest AS base
                    ARG WHO
                    ARG FIXED
                    RUN echo "$WHO $FIXED" > /who
                    COPY . /ctx
                    """ + SERVE + """
                    FROM base AS extra
                    RUN echo never > /extra
                    """);
            s.write("app/.dockerignore", "secret.txt\n");
            s.write("app/secret.txt", "pw");
            s.write("app/kept.txt", "kept");
            s.write("compose.yaml", """
                    services:
                      app:
                        build:
                          context: ./app
                          target: base
                          args: [WHO, FIXED=1, UNSET]
                          labels: {com.example.team: core}
                    """);
            Stack.Run build = s.ok("build");
            assertTrue(build.err().contains(" Service app  Building Step 1/"), build.toString());
            assertTrue(build.err().contains(" Service app  Built"), build.toString());
            ImageDetails image = engine.inspectImage(s.project + "-app").orElseThrow();
            assertEquals("core", image.labels().get("com.example.team"));
            assertEquals(s.project, image.labels().get("com.docker.compose.project"));
            assertEquals("app", image.labels().get("com.docker.compose.service"));

            s.ok("up", "-d");
            String c = s.name("app", 1);
            assertEquals("from-env 1\n", s.exec(c, "cat", "/who").out());
            String files = s.exec(c, "ls", "-A", "/ctx").out();
            assertTrue(files.contains("kept.txt") && files.contains("Dockerfile") && !files.contains("secret.txt"),
                    files);
            assertEquals(1, s.exec(c, "test", "-e", "/extra").exitCode(), "the target stage was built, not the last");
        }
    }

    @Test
    void aFailedBuildNamesTheStepAndTheDockerfileLineAndExitsWithOne() throws IOException {
        try (Stack s = stack("fail")) {
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\n\n# then\nRUN echo before && exit 3\n");
            s.write("compose.yaml", """
                    services:
                      broken:
                        build: .
                      inline:
                        build:
                          context: .
                          dockerfile_inline: |
                            FROM jcompose-test/busybox:latest
                            RUN exit 4
                    """);
            java.util.Set<String> before = new java.util.HashSet<>(engine.listContainers(java.util.Map.of()).stream()
                    .map(dev.jcompose.engine.ContainerSummary::id).toList());
            Stack.Run run = s.jc("build");
            assertEquals(1, run.exitCode(), run.toString());
            assertEquals(java.util.List.of(), engine.listContainers(java.util.Map.of()).stream()
                    .filter(c -> !before.contains(c.id()) && c.labels().isEmpty()
                            && (c.command().contains("exit 3") || c.command().contains("exit 4")))
                    .map(dev.jcompose.engine.ContainerSummary::name).toList(),
                    "a failed build leaves no build container behind");
            assertTrue(run.err().contains("build image " + s.project + "-broken: step 2/5 `RUN echo before && exit 3` ("
                    + dir.resolve("Dockerfile") + ":4) failed: The command '/bin/sh -c echo before && exit 3' returned"
                    + " a non-zero code: 3"), run.toString());
            assertTrue(run.err().contains("step 2/5 `RUN exit 4` (dockerfile_inline:2) failed"), run.toString());
            assertTrue(run.err().contains(" Service broken  Building before"), "the build's output streams: " + run);
            assertFalse(engine.imageExists(s.project + "-broken"));
        }
    }

    @Test
    void quietDryRunDependenciesAndRemoteContexts() throws IOException {
        try (Stack s = stack("opts")) {
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\n" + SERVE);
            s.write("compose.yaml", """
                    services:
                      base:
                        build: .
                      api:
                        build: .
                        depends_on: [base]
                      db:
                        image: jcompose-test/busybox:latest
                    """);
            assertEquals("Building Service api (build)\n", s.ok("--dry-run", "build", "api").out());
            Stack.Run quiet = s.ok("build", "-q", "api");
            assertEquals("", quiet.out() + quiet.err());
            assertTrue(engine.imageExists(s.project + "-api"));
            assertFalse(engine.imageExists(s.project + "-base"), "without --with-dependencies only api");
            s.ok("build", "--with-dependencies", "api");
            assertTrue(engine.imageExists(s.project + "-base"));

            Stack.Run pull = s.jc("build", "--pull", "base");
            assertEquals(1, pull.exitCode(), pull.toString());
            assertTrue(pull.err().contains("step 1/") && pull.err().contains("FROM jcompose-test/busybox:latest"),
                    "--pull asks a registry for the base image, and none can be reached here: " + pull);

            assertEquals(1, s.jc("build", "nope").exitCode());

            s.write("compose.yaml", "services:\n  remote:\n    build: https://github.com/example/app.git#main\n");
            Stack.Run remote = s.jc("build");
            assertEquals(1, remote.exitCode(), remote.toString());
            assertTrue(remote.err().contains("service remote: build context https://github.com/example/app.git#main"
                    + " is a Git repository or URL; jcompose builds only from a local directory"), remote.toString());
        }
    }

    @Test
    void upRecreatesAContainerWhoseImageWasRebuiltUnderTheSameTag() throws IOException {
        try (Stack s = stack("rebuild")) {
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\nRUN echo v1 > /v\n" + SERVE);
            s.write("compose.yaml", "services:\n  app:\n    build: .\n");
            Stack.Run first = s.ok("up", "-d");
            assertTrue(first.err().contains(" Service app  Built"), "up builds a missing image: " + first);
            String c = s.name("app", 1);
            String v1 = s.container(c).id();
            assertTrue(s.ok("up", "-d").err().contains("nothing to do"));

            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\nRUN echo v2 > /v\n" + SERVE);
            s.ok("build");
            assertTrue(s.ok("--dry-run", "up", "-d").out().contains("Recreating Container " + c + " (image changed)"));
            s.ok("up", "-d");
            String v2 = s.container(c).id();
            assertNotEquals(v1, v2);
            assertEquals("v2\n", s.exec(c, "cat", "/v").out());
            assertTrue(s.ok("up", "-d").err().contains("nothing to do"));
            assertEquals(v2, s.container(c).id());

            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\nRUN echo v3 > /v\n" + SERVE);
            s.ok("up", "-d", "--build");
            String v3 = s.container(c).id();
            assertNotEquals(v2, v3, "up --build rebuilds, then sees the new image");
            assertEquals("v3\n", s.exec(c, "cat", "/v").out());
            s.ok("up", "-d", "--build");
            assertEquals(v3, s.container(c).id(), "a rebuild that yields the same image recreates nothing");
        }
    }

    @Test
    void noBuildLeavesAMissingImageMissing() throws IOException {
        try (Stack s = stack("nobuild")) {
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\n" + SERVE);
            s.write("compose.yaml", "services:\n  app:\n    build: .\n");
            Stack.Run run = s.jc("up", "-d", "--no-build");
            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.err().contains(s.project + "-app"), run.toString());
            assertFalse(engine.imageExists(s.project + "-app"));
        }
    }

    @Test
    void pullReportsAnUnreachableRegistryAndCanIgnoreIt() throws IOException {
        try (Stack s = stack("pull")) {
            s.write("compose.yaml", """
                    services:
                      remote:
                        image: 127.0.0.1:1/jcbp/remote:1.0
                      local:
                        image: jcompose-test/busybox:latest
                        pull_policy: never
                    """);
            Stack.Run run = s.jc("pull");
            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.err().contains("error: remote Image 127.0.0.1:1/jcbp/remote:1.0: pull image "
                    + "127.0.0.1:1/jcbp/remote:1.0: ") && run.err().contains("connection refused"), run.toString());
            assertTrue(run.err().contains(" local  Skipped\n"), run.toString());
            assertEquals(0, s.jc("pull", "--ignore-pull-failures").exitCode());
            assertEquals(0, s.jc("pull", "-q", "local").exitCode());
            assertEquals(2, s.jc("pull", "--policy", "sometimes").exitCode());
        }
    }

    @Test
    void pullLeavesAPresentTaggedImageAloneWithPolicyMissing() throws IOException {
        try (Stack s = stack("present")) {
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\n");
            String image = s.project + "-tagged:v1";
            s.write("compose.yaml", "services:\n  app:\n    image: " + image + "\n    build: .\n");
            s.ok("build");
            String id = engine.findImage(image).orElseThrow().id();
            Stack.Run pull = s.ok("pull", "--policy", "missing");
            assertTrue(pull.err().contains(" app  Skipped - Image is already present locally"), pull.toString());
            assertFalse(pull.err().contains("Pulling"), pull.toString());
            assertEquals(id, engine.findImage(image).orElseThrow().id());
            Stack.Run buildable = s.ok("pull", "--ignore-buildable");
            assertTrue(buildable.err().contains(" app  Skipped - Image can be built"), buildable.toString());

            Stack.Run unpullable = s.jc("pull");
            assertEquals(1, unpullable.exitCode(), unpullable.toString());
            assertTrue(unpullable.err().contains("WARNING: Some service image(s) must be built from source by running:\n"
                    + "    jcompose build app"), unpullable.toString());
        }
    }

    @Test
    void aMissingCredentialHelperIsNamed() throws IOException {
        try (Stack s = stack("creds")) {
            Path config = Files.createDirectories(dir.resolve("docker-config"));
            Files.writeString(config.resolve("config.json"), "{\"credsStore\": \"jc-none\"}");
            s.env("DOCKER_CONFIG", config.toString());
            s.write("compose.yaml", "services:\n  remote:\n    image: 127.0.0.1:1/jcbp/creds:1\n");
            Stack.Run run = s.jc("pull");
            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.err().contains("registry credentials for 127.0.0.1:1: " + config.resolve("config.json")
                    + " names the credential helper \"jc-none\" (credsStore), but docker-credential-jc-none is not on"
                    + " PATH"), run.toString());
        }
    }

    @Test
    void upPullsAsThePolicySaysAndBuildsWhatCannotBePulled() throws IOException {
        try (Stack s = stack("policy")) {
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\n" + SERVE);
            s.write("compose.yaml", """
                    services:
                      built:
                        image: 127.0.0.1:1/jcbp/built:1
                        build: .
                      cached:
                        image: jcompose-test/busybox:latest
                        command: ["sleep", "300"]
                    """);
            String plan = s.ok("--dry-run", "up", "-d").out();
            assertTrue(plan.contains("Pulling built Image 127.0.0.1:1/jcbp/built:1 (image missing)"), plan);
            assertFalse(plan.contains("Pulling cached"), "a present image is not pulled by default:\n" + plan);
            Stack.Run up = s.ok("up", "-d");
            assertTrue(up.err().contains(" built Image 127.0.0.1:1/jcbp/built:1  Warning pull image"), up.toString());
            assertTrue(up.err().contains(" Service built  Built"), up.toString());
            assertEquals("running", s.container(s.name("built", 1)).state());

            s.write("compose.yaml", """
                    services:
                      cached:
                        image: jcompose-test/busybox:latest
                        command: ["sleep", "300"]
                        pull_policy: always
                    """);
            Stack.Run always = s.jc("up", "-d", "--remove-orphans");
            assertEquals(1, always.exitCode(), "pull_policy: always pulls, and nothing can be pulled here: " + always);
            assertTrue(always.err().contains("pull image jcompose-test/busybox:latest"), always.toString());
        }
    }

    @Test
    void pushReportsAnUnreachableRegistryAndCanIgnoreIt() throws IOException {
        try (Stack s = stack("push")) {
            s.write("Dockerfile", "FROM jcompose-test/busybox:latest\n");
            s.write("compose.yaml", """
                    services:
                      app:
                        image: 127.0.0.1:1/%s/app:1
                        build: .
                      db:
                        image: jcompose-test/busybox:latest
                    """.formatted(s.project));
            s.ok("build");
            Stack.Run push = s.jc("push");
            assertEquals(1, push.exitCode(), push.toString());
            assertTrue(push.err().contains("push image 127.0.0.1:1/" + s.project + "/app:1: ")
                    && push.err().contains("connection refused"), push.toString());
            assertTrue(push.err().contains(" db  Skipped"), push.toString());
            Stack.Run buildAndPush = s.jc("build", "--push", "app");
            assertEquals(1, buildAndPush.exitCode(), buildAndPush.toString());
            assertTrue(buildAndPush.err().contains(" Service app  Built")
                    && buildAndPush.err().contains("push image 127.0.0.1:1/" + s.project + "/app:1: "),
                    "build --push builds, then pushes: " + buildAndPush);
            Stack.Run ignored = s.jc("push", "--ignore-push-failures");
            assertEquals(0, ignored.exitCode(), ignored.toString());
            assertTrue(ignored.err().contains("Pushing app: push image 127.0.0.1:1/" + s.project + "/app:1"),
                    ignored.toString());
        }
    }
}
