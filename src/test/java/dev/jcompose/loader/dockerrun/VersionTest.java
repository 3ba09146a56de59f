package dev.jcompose.loader.dockerrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VersionTest extends DockerrunReaderTestSupport {

    private static final String TWO_CONTAINERS = "'containerDefinitions': [{'name': 'web', 'image': 'nginx'}]";

    @ParameterizedTest
    @ValueSource(strings = {"2", "'2'", "2.0", "' 2 '"})
    void versionTwoAsNumberOrString(String version) {
        Map<String, Object> p = plain("{'AWSEBDockerrunVersion': " + version + ", " + TWO_CONTAINERS + "}");
        assertEquals(Map.of("web", Map.of("image", "nginx", "labels", Map.of("dev.jcompose.essential", "true"))), p.get("services"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void aMissingVersionIsInferredFromContainerDefinitions() {
        plain("{" + TWO_CONTAINERS + "}");
        assertEquals(List.of("Dockerrun.aws.json:1:1: \"AWSEBDockerrunVersion\" is missing: read as version 2 because"
                + " the file has \"containerDefinitions\""), warnings());
    }

    @Test
    void aMissingVersionIsInferredFromImage() {
        assertEquals(Map.of("services", Map.of("app", Map.of("image", "nginx"))), plain("{'Image': {'Name': 'nginx'}}"));
        assertEquals(List.of("Dockerrun.aws.json:1:1: \"AWSEBDockerrunVersion\" is missing: read as version 1 because"
                + " the file has \"Image\""), warnings());
    }

    @Test
    void versionThreeBelongsToADockerComposeFile() {
        assertEquals(List.of("Dockerrun.aws.json:1:27: AWSEBDockerrunVersion: version 3 only carries registry authentication"
                        + " for a docker-compose.yml; the services belong in that compose file"),
                errors("{'AWSEBDockerrunVersion': '3', 'Authentication': {'bucket': 'b', 'key': 'k'}}"));
        assertEquals(List.of("run jcompose on the docker-compose.yml next to this file: jcompose -f docker-compose.yml ..."), hints());
    }

    @Test
    void anUnknownVersionIsAnError() {
        assertEquals(List.of("Dockerrun.aws.json:1:27: AWSEBDockerrunVersion: \"v2\" is not a supported version (allowed: 1, 2, 3)"),
                errors("{'AWSEBDockerrunVersion': 'v2', " + TWO_CONTAINERS + "}"));
    }

    @Test
    void aFileWithoutVersionAndWithoutContainersIsNotADockerrunFile() {
        assertEquals(List.of("Dockerrun.aws.json:1:1: not a Dockerrun file: \"AWSEBDockerrunVersion\" is missing and there is"
                + " neither \"containerDefinitions\" (version 2) nor \"Image\" (version 1)"), errors("{'services': {}}"));
    }
}
