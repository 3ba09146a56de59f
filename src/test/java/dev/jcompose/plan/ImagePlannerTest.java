package dev.jcompose.plan;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.model.Project;
import dev.jcompose.state.ObservedProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.jcompose.plan.Fixtures.load;
import static dev.jcompose.plan.Fixtures.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden plans of image work: what up pulls and builds, and the build, pull and push verbs. */
class ImagePlannerTest {

    @TempDir
    Path dir;

    private static final String MIXED = """
            services:
              web:
                image: registry.example.com/web:1.0
              app:
                image: registry.example.com/app:2
                build: .
              worker:
                build:
                  context: .
                  dockerfile_inline: "FROM scratch"
                depends_on: [app]
              cache:
                image: redis:7
                pull_policy: daily
            """;

    private static PlanOptions present(Map<String, String> ids) {
        return PlanOptions.defaults().withImageIds(ids);
    }

    @Test
    void upPullsWhatIsMissingAndBuildsWhatStaysMissingBehindThePull() {
        Project p = load(dir, MIXED);
        Plan combined = Planner.up(p, ObservedProject.empty("demo"), PlanOptions.defaults());
        String render = combined.render();
        assertTrue(render.contains("Pulling app Image registry.example.com/app:2 (image missing)\n"), render);
        assertTrue(render.contains("Building Service app (image missing) after image:registry.example.com/app:2:pull\n"),
                "a build stands in for a pull that may fail:\n" + render);
        assertTrue(render.contains("Building Service worker (image missing)\n"), render);
        assertTrue(render.contains("Pulling web Image registry.example.com/web:1.0 (image missing)\n"), render);

        assertEquals("""
                Pulling web Image registry.example.com/web:1.0 (image missing)
                Pulling app Image registry.example.com/app:2 (image missing)
                Pulling cache Image redis:7 (image missing)
                """, ImagePlanner.upPulls(p, PlanOptions.defaults()).render());
        Op.PullImage app = (Op.PullImage) ImagePlanner.upPulls(p, PlanOptions.defaults()).ops().get(1);
        assertTrue(app.fallbackToBuild(), "app can be built, so its failed pull is only a warning");

        // after the pulls: app's pull failed, the others arrived
        PlanOptions afterPulls = present(Map.of("registry.example.com/web:1.0", "sha256:w", "redis:7", "sha256:r"));
        assertEquals("""
                Building Service app (image missing)
                Building Service worker (image missing)
                """, ImagePlanner.upBuilds(p, afterPulls).render());
    }

    @Test
    void buildOptionBuildsInsteadOfPullingAndNoBuildNeverBuilds() {
        Project p = load(dir, MIXED);
        PlanOptions all = present(Map.of("registry.example.com/web:1.0", "sha256:w", "registry.example.com/app:2",
                "sha256:a", "demo-worker", "sha256:k", "redis:7", "sha256:r"));
        all = all.withImageAges(Map.of("redis:7", Duration.ofHours(1)));
        assertEquals("", ImagePlanner.upPulls(p, all.withBuild(PlanOptions.Build.ALWAYS)).render());
        assertEquals("""
                Building Service app (--build)
                Building Service worker (--build)
                """, ImagePlanner.upBuilds(p, all.withBuild(PlanOptions.Build.ALWAYS)).render());
        assertEquals("", ImagePlanner.upBuilds(p, PlanOptions.defaults().withBuild(PlanOptions.Build.NEVER)).render());
    }

    @Test
    void pullPoliciesDecideAsDockerComposeDoes() {
        Project p = load(dir, """
                services:
                  a: {image: "a:1", pull_policy: always}
                  n: {image: "n:1", pull_policy: never}
                  m: {image: "m:1", pull_policy: missing}
                  d: {image: "d:1", pull_policy: daily}
                  e: {image: "e:1", pull_policy: every_2h30m}
                  b: {image: "b:1", pull_policy: build, build: .}
                """);
        Map<String, String> ids = Map.of("a:1", "1", "n:1", "2", "m:1", "3", "d:1", "4", "e:1", "5", "b:1", "6");
        PlanOptions fresh = present(ids).withImageAges(Map.of("d:1", Duration.ofHours(23), "e:1", Duration.ofHours(3)));
        assertEquals("""
                Pulling a Image a:1 (pull_policy: always)
                Pulling e Image e:1 (pull_policy: every_2h30m)
                """, ImagePlanner.upPulls(p, fresh).render());
        assertEquals("Building Service b (pull_policy: build)\n", ImagePlanner.upBuilds(p, fresh).render());
        PlanOptions stale = present(ids).withImageAges(Map.of("d:1", Duration.ofHours(25), "e:1", Duration.ofHours(1)));
        assertTrue(ImagePlanner.upPulls(p, stale).render().contains("Pulling d Image d:1 (pull_policy: daily)"));
        assertEquals("""
                Pulling a Image a:1 (--pull always)
                Pulling n Image n:1 (--pull always)
                Pulling m Image m:1 (--pull always)
                Pulling d Image d:1 (--pull always)
                Pulling e Image e:1 (--pull always)
                Pulling b Image b:1 (--pull always)
                """, ImagePlanner.upPulls(p, fresh.withPull(PlanOptions.Pull.ALWAYS)).render());
    }

    @Test
    void aContainerOfAnImageWhoseTagNowNamesAnotherImageIsRecreated() {
        Project p = load(dir, "services:\n  app:\n    build: .\n");
        ObservedProject observed = ObservedProject.from("demo", List.of(running(p, "app", 1)),
                List.of(Fixtures.network("demo_default", "demo")), List.of());
        PlanOptions rebuilt = present(Map.of("demo-app", "sha256:new"));
        assertEquals("""
                Recreating Container demo-app-1 (image changed)
                Stopping Container demo-app-1 (image changed) after container:id-demo-app-_demo-app-1:create
                Removing Container demo-app-1 (image changed) after container:demo-app-1:stop
                Renaming Container demo-app-1 (image changed) after container:demo-app-1:remove
                Starting Container demo-app-1 (image changed) after container:id-demo-app-_demo-app-1:rename
                """, Planner.up(p, observed, rebuilt).render());
        PlanOptions same = present(Map.of("demo-app", "sha256:img"));
        assertEquals("", Planner.up(p, observed, same).render(), "the image the container runs: nothing to do");
    }

    @Test
    void buildBuildsTheSelectedServicesWithOverridesAndComposeLabels() {
        Project p = load(dir, """
                services:
                  app:
                    build:
                      context: .
                      args: {A: "1"}
                      labels: {com.example.team: core}
                      target: prod
                      network: host
                      shm_size: 64m
                      extra_hosts: ["db:10.0.0.2"]
                      cache_from: [app:cache]
                      tags: [registry.example.com/app:1]
                  twin:
                    image: demo-app
                    build: .
                  api:
                    image: api:1
                    build: ./api
                    depends_on: [app]
                  db:
                    image: postgres
                """);
        Plan all = ImagePlanner.build(p, Set.of(), false,
                new ImagePlanner.BuildOverrides(true, true, Map.of("A", "2", "B", "3")));
        assertEquals("""
                Building Service app (build)
                Building Service api (build)
                """, all.render(), "one build per image: twin shares app's");
        BuildSpec spec = ((Op.BuildImage) all.ops().get(0)).spec();
        assertEquals(List.of("demo-app", "registry.example.com/app:1"), spec.tags());
        assertEquals(Map.of("A", "2", "B", "3"), spec.buildArgs());
        assertTrue(spec.noCache() && spec.pull());
        assertEquals("prod", spec.target());
        assertEquals("host", spec.network());
        assertEquals(64L * 1024 * 1024, spec.shmSize());
        assertEquals(List.of("db:10.0.0.2"), spec.extraHosts());
        assertEquals(List.of("app:cache"), spec.cacheFrom());
        assertEquals(Map.of("com.example.team", "core", "com.docker.compose.project", "demo",
                "com.docker.compose.service", "app", "com.docker.compose.version", "2.24.0"), spec.labels());

        assertEquals("Building Service api (build)\n",
                ImagePlanner.build(p, Set.of("api"), false, ImagePlanner.BuildOverrides.none()).render());
        assertEquals("""
                Building Service app (build)
                Building Service api (build)
                """, ImagePlanner.build(p, Set.of("api"), true, ImagePlanner.BuildOverrides.none()).render());
    }

    @Test
    void anInlineDockerfileTravelsWithTheBuild() {
        Project p = load(dir, MIXED);
        Op.BuildImage worker = (Op.BuildImage) ImagePlanner.build(p, Set.of("worker"), false,
                ImagePlanner.BuildOverrides.none()).ops().get(0);
        assertEquals("FROM scratch", worker.dockerfileInline());
        assertNull(worker.spec().dockerfile());
        assertEquals("demo-worker", worker.tag());
    }

    @Test
    void pullSkipsAsDockerComposePullDoes() {
        Project p = load(dir, """
                services:
                  plain: {build: .}
                  never: {image: "n:1", pull_policy: never}
                  here: {image: "h:1", pull_policy: missing}
                  latest: {image: "l", pull_policy: missing}
                  own: {image: "o:1", build: .}
                  twin: {image: "o:1"}
                  dep: {image: "d:1"}
                """);
        Map<String, String> ids = Map.of("h:1", "1", "l", "2");
        ImagePlanner.ImagePlan plan = ImagePlanner.pull(p, Set.of(), false,
                new ImagePlanner.PullRequest(null, false), ids);
        assertEquals(Set.of("own"), plan.buildable());
        assertEquals(List.of(
                new ImagePlanner.Skipped("plain", "Skipped - No image to be pulled"),
                new ImagePlanner.Skipped("never", "Skipped"),
                new ImagePlanner.Skipped("here", "Skipped - Image is already present locally"),
                new ImagePlanner.Skipped("twin", "Skipped - Image is already being pulled by own")), plan.skipped());
        assertEquals("""
                Pulling latest Image l (pull)
                Pulling own Image o:1 (pull)
                Pulling dep Image d:1 (pull)
                """, plan.plan().render(), "a present latest tag is pulled again");

        ImagePlanner.ImagePlan ignoring = ImagePlanner.pull(p, Set.of("own", "dep"), false,
                new ImagePlanner.PullRequest("always", true), ids);
        assertEquals(List.of(new ImagePlanner.Skipped("own", "Skipped - Image can be built")), ignoring.skipped());
        assertEquals("Pulling dep Image d:1 (pull)\n", ignoring.plan().render());

        ImagePlanner.ImagePlan missing = ImagePlanner.pull(p, Set.of("dep"), false,
                new ImagePlanner.PullRequest("missing", false), Map.of("d:1", "3"));
        assertEquals("", missing.plan().render(), "--policy missing skips a present image");
    }

    @Test
    void pushPushesWhatIsBuiltAndNamed() {
        Project p = load(dir, """
                services:
                  app:
                    image: registry.example.com/app:1
                    build: {context: ., tags: ["registry.example.com/app:latest"]}
                  local: {build: .}
                  db: {image: postgres}
                """);
        ImagePlanner.ImagePlan plan = ImagePlanner.push(p, Set.of(), false);
        assertEquals("""
                Pushing Image registry.example.com/app:1 (push)
                Pushing Image registry.example.com/app:latest (push)
                """, plan.plan().render());
        assertEquals(List.of(new ImagePlanner.Skipped("local", "Skipped"), new ImagePlanner.Skipped("db", "Skipped")),
                plan.skipped());
        assertFalse(ImagePlanner.isLatest("img:1"));
        assertTrue(ImagePlanner.isLatest("localhost:5000/img"));
        assertFalse(ImagePlanner.isLatest("img@sha256:abc"));
    }
}
