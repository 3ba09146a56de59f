package dev.jcompose.loader.dockerrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LooksLikeDockerrunTest {

    @ParameterizedTest
    @ValueSource(strings = {"Dockerrun.aws.json", "dockerrun.AWS.json", "deploy/Dockerrun.aws.json",
            "C:\\app\\Dockerrun.aws.json", "Dockerrun.staging.aws.json"})
    void byFileName(String name) {
        assertTrue(DockerrunReader.looksLikeDockerrun(name, ""));
    }

    @Test
    void byTheVersionKeyAtTheTopOfAJsonObject() {
        assertTrue(DockerrunReader.looksLikeDockerrun("app.json", "\uFEFF {\"AWSEBDockerrunVersion\": 2, \"containerDefinitions\": []}"));
        assertTrue(DockerrunReader.looksLikeDockerrun("app.json", "{\"containerDefinitions\": [], \"AWSEBDockerrunVersion\": 2}"));
    }

    @Test
    void aBrokenDockerrunFileIsStillRecognisedSoItsJsonErrorIsReported() {
        assertTrue(DockerrunReader.looksLikeDockerrun("eb.json", "{\n  \"AWSEBDockerrunVersion\": 2,\n  \"containerDefinitions\": [\n"));
    }

    @Test
    void composeFilesAndOtherJsonAreNot() {
        assertFalse(DockerrunReader.looksLikeDockerrun("compose.yaml", "services:\n  web:\n    image: nginx\n"));
        assertFalse(DockerrunReader.looksLikeDockerrun("compose.json", "{\"services\": {\"web\": {\"image\": \"nginx\"}}}"));
        assertFalse(DockerrunReader.looksLikeDockerrun("compose.json",
                "{\"services\": {\"web\": {\"labels\": {\"AWSEBDockerrunVersion\": \"2\"}}}}"));
        assertFalse(DockerrunReader.looksLikeDockerrun(null, null));
    }
}
