package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Hand-written files load: what can be understood is read, with a warning where the file is not as AWS documents it. */
class LeniencyTest extends DockerrunReaderTestSupport {

    @Test
    void numbersAndBooleansWrittenAsStrings() {
        Map<String, Object> s = web("'memory': '256', 'cpu': '512', 'essential': 'false', 'privileged': 'TRUE',"
                + " 'portMappings': [{'containerPort': '80', 'hostPort': '8080'}],"
                + " 'healthCheck': {'command': ['CMD', 'true'], 'retries': '2'}");
        assertEquals("256m", s.get("mem_limit"));
        assertEquals(512L, s.get("cpu_shares"));
        assertEquals(Map.of("dev.jcompose.essential", "false"), s.get("labels"));
        assertEquals(true, s.get("privileged"));
        assertEquals(List.of(Map.of("target", 80L, "published", "8080")), s.get("ports"));
        assertEquals(2L, ((Map<?, ?>) s.get("healthcheck")).get("retries"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void crlfLineEndingsKeepLocationsRight() {
        String text = "{\r\n  \"AWSEBDockerrunVersion\": 2,\r\n  \"containerDefinitions\": [\r\n"
                + "    {\"name\": \"web\", \"image\": \"nginx\", \"enviroment\": []}\r\n  ]\r\n}\r\n";
        MapNode tree = DockerrunReader.read(text, FILE, diags);
        MapNode web = (MapNode) ((MapNode) tree.get("services")).get("web");
        assertEquals(SourceLocation.of(FILE, 4, 30), web.get("image").location());
        assertEquals(List.of("Dockerrun.aws.json:4:39: containerDefinitions[0].enviroment: unknown attribute"), warnings());
    }

    @Test
    void unknownAttributesAreWarningsWithDidYouMean() {
        web("'memroy': 128, 'x-team': 'a'");
        assertEquals(List.of(
                "Dockerrun.aws.json:1:89: containerDefinitions[0].memroy: unknown attribute",
                "Dockerrun.aws.json:1:104: containerDefinitions[0].x-team: unknown attribute"), warnings());
        assertEquals(List.of("did you mean `memory`?"), hints());
    }

    @Test
    void aMisspelledContainerDefinitionsIsPointedOut() {
        List<String> errors = errors("{'AWSEBDockerrunVersion': 2, 'containerDefintions': [{'name': 'web', 'image': 'nginx'}]}");
        assertEquals(List.of("Dockerrun.aws.json:1:1: \"containerDefinitions\" is required"), errors);
        assertEquals(List.of("Dockerrun.aws.json:1:30: containerDefintions: unknown attribute"), warnings());
        assertEquals(List.of("did you mean `containerDefinitions`?"), hints());
    }

    @Test
    void attributeNamesInTheWrongCaseAreReadWithAWarning() {
        assertEquals("128m", web("'Memory': 128").get("mem_limit"));
        assertEquals(List.of("Dockerrun.aws.json:1:89: containerDefinitions[0].Memory: attribute names are case-sensitive:"
                + " read as \"memory\""), warnings());
    }

    @Test
    void nullValuesMeanNotGiven() {
        Map<String, Object> s = web("'memory': null, 'command': null, 'essential': null");
        assertFalse(s.containsKey("mem_limit"));
        assertFalse(s.containsKey("command"));
        assertEquals(Map.of("dev.jcompose.essential", "true"), s.get("labels"));
    }

    @Test
    void aCommandAsOneStringIsLeftForComposeToSplit() {
        assertEquals("nginx -g \"daemon off;\"", web("'command': 'nginx -g \\'daemon off;\\''").get("command"));
    }

    @Test
    void dependsOnWithoutConditionOrInLowerCase() {
        Map<String, Object> s = web("'dependsOn': [{'containerName': 'db'}]");
        assertEquals(Map.of("db", Map.of("condition", "service_started")), s.get("depends_on"));
        assertEquals(Map.of("db", Map.of("condition", "service_healthy")),
                web("'dependsOn': [{'containerName': 'db', 'condition': 'healthy'}]").get("depends_on"));
    }

    @Test
    void duplicateEnvironmentNamesKeepTheLast() {
        assertEquals(Map.of("A", "2"), web("'environment': [{'name': 'A', 'value': '1'}, {'name': 'A', 'value': '2'}]").get("environment"));
        assertEquals(List.of("Dockerrun.aws.json:1:143: containerDefinitions[0].environment[1].name: \"A\" is set twice:"
                + " the last value is used"), warnings());
    }

    @Test
    void noEssentialContainerIsWarnedAbout() {
        plain("{'AWSEBDockerrunVersion': 2, 'containerDefinitions': [{'name': 'job', 'image': 'x', 'essential': false}]}");
        assertEquals(List.of("Dockerrun.aws.json:1:54: containerDefinitions: no container is essential (ECS requires at least one)"),
                warnings());
    }

    @Test
    void unknownTopLevelKeysAndEcsTaskKeys() {
        plain("{'AWSEBDockerrunVersion': 2, 'executionRoleArn': 'arn:x', 'containerDefinitions': [{'name': 'w', 'image': 'x'}]}");
        assertEquals(List.of("Dockerrun.aws.json:1:30: executionRoleArn: ignored: IAM roles are AWS-only"), warnings());
    }
}
