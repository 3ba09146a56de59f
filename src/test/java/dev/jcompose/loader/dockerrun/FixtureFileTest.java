package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Nodes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes of real Dockerrun files that Elastic Beanstalk runs, read from src/test/resources/dockerrun with the
 * directory around each file as its source bundle.
 */
class FixtureFileTest {

    static final Path FIXTURES = Path.of("src/test/resources/dockerrun");

    private final Diagnostics diags = new Diagnostics();

    private MapNode read(String fixture) throws IOException {
        Path dir = FIXTURES.resolve(fixture);
        return DockerrunReader.read(Files.readString(dir.resolve("Dockerrun.aws.json")), "Dockerrun.aws.json",
                SourceBundle.in(dir), diags);
    }

    private List<String> headlines(List<Diagnostic> list) {
        return list.stream().map(Diagnostic::headline).toList();
    }

    @Test
    void versionOneWithoutImageBuildsTheDockerfileBesideIt() throws IOException {
        Map<String, Object> app = Map.of(
                "build", ".",
                "ports", List.of(Map.of("target", 8000L, "published", "8080")),
                "volumes", List.of(Map.of("type", "volume", "source", "awseb-logs-app", "target", "/var/log/app")));
        assertEquals(Map.of("services", Map.of("app", app), "volumes", Map.of("awseb-logs-app", Map.of())),
                Nodes.toPlain(read("v1-build")));
        assertTrue(diags.isEmpty(), diags.sorted()::toString);
    }

    @Test
    void anImageWithoutNameBuildsTooAndItsUpdateIsIgnoredWithAWarning() throws IOException {
        Map<String, Object> app = Map.of("build", ".", "ports", List.of(Map.of("target", 8000L, "published", "80")));
        assertEquals(Map.of("services", Map.of("app", app)), Nodes.toPlain(read("v1-build-empty-image")));
        assertEquals(List.of("Dockerrun.aws.json:4:5: Image.Update: ignored: the image is built from the Dockerfile, not pulled"),
                headlines(diags.warnings()));
        assertTrue(diags.errors().isEmpty(), diags.sorted()::toString);
    }

    @Test
    void versionOneWithNeitherImageNorDockerfileIsALocatedErrorWithAHint() throws IOException {
        assertNull(read("v1-no-image"));
        List<Diagnostic> errors = diags.errors();
        assertEquals(List.of("Dockerrun.aws.json:1:1: \"Image\" is required: there is no Dockerfile to build"), headlines(errors));
        assertEquals("name the image to run (\"Image\": {\"Name\": \"...\"}), or put a Dockerfile in "
                + FIXTURES.resolve("v1-no-image") + ": Elastic Beanstalk builds it", errors.get(0).hint());
    }

    @Test
    void environmentEntriesWrittenAsStringsAreReadWithALocatedWarningEach() throws IOException {
        MapNode services = (MapNode) read("v2-environment-strings").get("services");
        assertEquals(Map.of("NODE_ENV", "production", "DATABASE_URL", "postgres://db:5432/app?sslmode=disable",
                "DEBUG", "", "PORT", "3000"), Nodes.toPlain(((MapNode) services.get("api")).get("environment")));
        assertEquals(List.of(
                "Dockerrun.aws.json:10:9: containerDefinitions[0].environment[0]: \"NODE_ENV=production\" is not an"
                        + " ECS environment entry: read as name \"NODE_ENV\", value \"production\"",
                "Dockerrun.aws.json:11:9: containerDefinitions[0].environment[1]: \"DATABASE_URL=postgres://db:5432/app?sslmode=disable\""
                        + " is not an ECS environment entry: read as name \"DATABASE_URL\", value \"postgres://db:5432/app?sslmode=disable\"",
                "Dockerrun.aws.json:12:9: containerDefinitions[0].environment[2]: \"DEBUG\" is not an ECS environment entry:"
                        + " read as name \"DEBUG\", value \"\""), headlines(diags.warnings()));
        assertEquals("write {\"name\": \"DEBUG\", \"value\": \"\"}", diags.warnings().get(2).hint());
        assertTrue(diags.errors().isEmpty(), diags.sorted()::toString);
    }
}
