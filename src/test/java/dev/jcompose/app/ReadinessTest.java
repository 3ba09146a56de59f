package dev.jcompose.app;

import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code up --wait} over the in-memory engine: what counts as ready, what a failure says, what is reachable. */
class ReadinessTest {

    @TempDir
    Path dir;

    private final InMemoryEngine engine = new InMemoryEngine(cmd -> switch (String.join(" ", cmd)) {
        case "migrate" -> new InMemoryEngine.Program(0, "migrated\n", "");
        case "broken" -> new InMemoryEngine.Program(3, "step 1\n", "step 2 failed\n");
        default -> null; // runs until stopped
    });
    private final StackContext ctx = new StackContext(engine, ProgressListener.NONE, 0);

    private Project up(String yaml) throws IOException {
        return up(yaml, PlanOptions.defaults());
    }

    private Project up(String yaml, PlanOptions options) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        Project project = new ProjectLoader().load(LoadRequest.in(dir, Map.of()).withProjectName("demo")).project();
        for (String image : List.of("web:1", "job:1", "nginx:test")) engine.addImage(image, Map.of());
        Up up = new Up(ctx);
        up.execute(up.plan(project, options, false));
        return project;
    }

    private static final String WEB = """
            services:
              web:
                image: web:1
                command: ["serve"]
                ports: ["127.0.0.1:8080:80", "127.0.0.1:9090:9090/udp"]
                healthcheck:
                  test: ["CMD", "true"]
              db:
                image: job:1
                command: ["serve"]
                ports: ["5432:5432"]
            """;

    @Test
    void returnsTheEndpointsOnceEveryServiceIsReady() throws IOException {
        Project project = up(WEB);
        engine.reportHealth("demo-web-1", "healthy");
        List<Endpoint> endpoints = new Readiness(ctx).await(project, Set.of(), false, Duration.ofSeconds(5));
        assertEquals(List.of(
                new Endpoint("web", "demo-web-1", 80, "http://127.0.0.1:8080"),
                new Endpoint("web", "demo-web-1", 9090, "127.0.0.1:9090/udp"),
                new Endpoint("db", "demo-db-1", 5432, "127.0.0.1:5432")), endpoints);
    }

    @Test
    void anUnhealthyServiceIsNamedWithItsStateAndLastLogLines() throws IOException {
        Project project = up(WEB);
        engine.reportHealth("demo-web-1", "unhealthy");
        StackFailure failure = assertThrows(StackFailure.class,
                () -> new Readiness(ctx).await(project, Set.of(), false, Duration.ofSeconds(5)));
        assertEquals("service web is not ready", failure.getMessage());
        assertEquals("web: container demo-web-1 is running (unhealthy), expected healthy", failure.details().get(0));
    }

    @Test
    void aJobThatFailedIsNotReadyAndShowsItsOutput() throws IOException {
        Project project = up("""
                services:
                  job:
                    image: job:1
                    command: ["broken"]
                """);
        StackFailure failure = assertThrows(StackFailure.class,
                () -> new Readiness(ctx).await(project, Set.of(), false, null));
        assertEquals("service job is not ready", failure.getMessage());
        assertEquals(List.of("job: container demo-job-1 is exited with code 3, expected to exit with code 0",
                "last log lines of demo-job-1:", "  step 1", "  step 2 failed"), failure.details());
    }

    @Test
    void aJobOthersWaitOnMustHaveExitedZeroAndThenCountsAsReady() throws IOException {
        Project project = up("""
                services:
                  migrate:
                    image: job:1
                    command: ["migrate"]
                  app:
                    image: web:1
                    command: ["serve"]
                    depends_on:
                      migrate:
                        condition: service_completed_successfully
                """);
        assertEquals(List.of(), new Readiness(ctx).await(project, Set.of(), false, Duration.ofSeconds(5)));
    }

    @Test
    void aTimeoutNamesWhatIsStillNotReady() throws IOException {
        Project project = up(WEB);
        StackFailure failure = assertThrows(StackFailure.class,
                () -> new Readiness(ctx).await(project, Set.of(), false, Duration.ofMillis(300)));
        assertEquals("service web is not ready after 300ms", failure.getMessage());
        assertEquals("web: container demo-web-1 is running (health: starting), expected healthy",
                failure.details().get(0));
    }

    @Test
    void onlyTheSelectedServicesAndWhatTheyNeedAreAwaited() throws IOException {
        Project project = up("""
                services:
                  web:
                    image: web:1
                    command: ["serve"]
                    healthcheck:
                      test: ["CMD", "true"]
                  api:
                    image: web:1
                    command: ["serve"]
                    ports: ["127.0.0.1:3000:3000"]
                    depends_on: [db]
                  db:
                    image: job:1
                    command: ["serve"]
                    ports: ["127.0.0.1:5432:5432"]
                """);
        // web never becomes healthy, but it is not asked for
        List<Endpoint> endpoints = new Readiness(ctx).await(project, Set.of("api"), false, Duration.ofSeconds(5));
        assertEquals(List.of("api", "db"), endpoints.stream().map(Endpoint::service).toList());
        assertEquals(List.of("api"), new Readiness(ctx).await(project, Set.of("api"), true, Duration.ofSeconds(5))
                .stream().map(Endpoint::service).toList());
    }

    @Test
    void aServiceBehindAFrontIsReachableWhereTheFrontPublishesItWhileTheFrontRuns() throws IOException {
        Project project = up("""
                services:
                  web:
                    image: web:1
                    command: ["serve"]
                    ports: ["127.0.0.1:8080:80"]
                    deploy:
                      replicas: 2
                      update_config:
                        order: start-first
                        monitor: 10ms
                """, PlanOptions.defaults().withFrontImage("nginx:test"));
        assertTrue(engine.inspectContainer("demo-web-1").ports().stream().noneMatch(p -> p.isPublished()));
        assertEquals(List.of(new Endpoint("web", "demo-web-front", 80, "http://127.0.0.1:8080")),
                new Readiness(ctx).await(project, Set.of(), false, Duration.ofSeconds(5)));

        engine.stopContainer("demo-web-front", Duration.ZERO);
        StackFailure failure = assertThrows(StackFailure.class,
                () -> new Readiness(ctx).await(project, Set.of(), false, Duration.ofMillis(300)));
        assertTrue(failure.details().get(0).startsWith("web: container demo-web-front is exited"), failure.details().toString());
    }

    @Test
    void stateDescriptions() {
        assertTrue(Readiness.describe(new dev.jcompose.engine.ContainerState("exited", false, 137, null, true, null,
                null, null)).equals("exited with code 137 (out of memory)"));
        assertEquals("created", Readiness.describe(new dev.jcompose.engine.ContainerState("created", false, 0, null,
                false, null, null, null)));
    }
}
