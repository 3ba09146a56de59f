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
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A provider service loads, but {@code up} refuses to create it instead of asking for a container without image. */
class ProviderServicesTest {

    @TempDir
    Path dir;

    private final InMemoryEngine engine = new InMemoryEngine(cmd -> null);
    private final Up up = new Up(new StackContext(engine, ProgressListener.NONE, 0));

    private Project load() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  db:
                    provider: {type: awesomecloud}
                  app:
                    image: app:1
                    depends_on: [db]
                """);
        engine.addImage("app:1", Map.of());
        return new ProjectLoader().load(LoadRequest.in(dir, Map.of()).withProjectName("demo")).project();
    }

    @Test
    void upRefusesToCreateAProviderService() throws IOException {
        Project project = load();
        StackFailure e = assertThrows(StackFailure.class, () -> up.plan(project, PlanOptions.defaults(), false));
        assertEquals("service db is provided by \"awesomecloud\"; jcompose does not run provider plugins",
                e.getMessage());
        assertEquals(List.of(), engine.listContainers(Map.of()), "nothing was created");
    }

    @Test
    void theOtherServicesStartWithoutIt() throws IOException {
        Project project = load();
        up.execute(up.plan(project, PlanOptions.defaults().withServices(Set.of("app")).withNoDeps(true), false));
        assertEquals(1, engine.listContainers(Map.of()).size());
    }
}
