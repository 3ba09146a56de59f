package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.yaml.YamlWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What {@code jcompose -f Dockerrun.aws.json config} prints for the Dockerrun fixtures (src/test/resources/dockerrun). */
class DockerrunConfigTest {

    private static final Path FIXTURES = Path.of("src/test/resources/dockerrun").toAbsolutePath();

    private static LoadResult load(String fixture) {
        return new ProjectLoader().load(LoadRequest.in(FIXTURES.resolve(fixture), Map.of())
                .withFiles(List.of("Dockerrun.aws.json")));
    }

    @Test
    void aVersionOneFileWithoutImageBuildsTheProjectDirectory() {
        assertEquals("""
                name: v1-build
                services:
                  app:
                    build:
                      context: %s
                      dockerfile: Dockerfile
                    networks:
                      default: null
                    ports:
                      - mode: ingress
                        target: 8000
                        published: "8080"
                        protocol: tcp
                    volumes:
                      - type: volume
                        source: awseb-logs-app
                        target: /var/log/app
                networks:
                  default:
                    name: v1-build_default
                volumes:
                  awseb-logs-app:
                    name: v1-build_awseb-logs-app
                """.formatted(FIXTURES.resolve("v1-build")), YamlWriter.write(load("v1-build").configView()));
    }

    @Test
    void withoutImageOrDockerfileTheFileDoesNotLoad() {
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load("v1-no-image"));
        assertEquals(List.of("Dockerrun.aws.json:1:1: \"Image\" is required: there is no Dockerfile to build"),
                e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList());
    }

    @Test
    void environmentStringsBecomeTheServicesEnvironment() {
        LoadResult r = load("v2-environment-strings");
        String config = YamlWriter.write(r.configView());
        assertEquals("""
                    environment:
                      NODE_ENV: production
                      DATABASE_URL: postgres://db:5432/app?sslmode=disable
                      DEBUG: ""
                      PORT: "3000"
                """, config.substring(config.indexOf("    environment:"), config.indexOf("    image:")), config);
        assertEquals(3, r.warnings().size(), r.warnings().toString());
    }
}
