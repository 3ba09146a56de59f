package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files that cannot be loaded: every problem reported once, located in the JSON, and no tree. */
class InvalidFileTest extends DockerrunReaderTestSupport {

    /** A v2 file whose second container (line 5) carries {@code fields}. */
    private List<String> errorsIn(String fields) {
        return errors("""
                {
                  'AWSEBDockerrunVersion': 2,
                  'containerDefinitions': [
                    {'name': 'db', 'image': 'mysql'},
                    {'name': 'web', 'image': 'nginx', %s}
                  ]
                }""".formatted(fields));
    }

    @Test
    void aSyntaxErrorPointsAtTheUnexpectedCharacter() {
        assertEquals(List.of("Dockerrun.aws.json:12:7: expected ',' or '}' but found '\"'"), errors("""
                {
                  'AWSEBDockerrunVersion': 2,
                  'containerDefinitions': [
                    {
                      'name': 'web',
                      'image': 'nginx',
                      'portMappings': [
                        {'containerPort': 80, 'hostPort': 80}
                      ],
                      'memory': 128,
                      'essential': true
                      'links': []
                    }
                  ]
                }"""));
    }

    @Test
    void memoryThatIsNotANumber() {
        assertEquals(List.of("Dockerrun.aws.json:5:49: containerDefinitions[1].memory: must be a number of MiB, got \"lots\""),
                errorsIn("'memory': 'lots'"));
    }

    @Test
    void memoryThatIsNotPositive() {
        assertEquals(List.of("Dockerrun.aws.json:5:49: containerDefinitions[1].memory: must be a positive number of MiB, got 0"),
                errorsIn("'memory': 0"));
    }

    @Test
    void aMountPointOfAnUndefinedVolume() {
        assertEquals(List.of("Dockerrun.aws.json:6:50: containerDefinitions[0].mountPoints[0].sourceVolume: \"dta\" is not"
                + " defined in volumes (defined: data)"), errors("""
                {
                  'AWSEBDockerrunVersion': 2,
                  'volumes': [{'name': 'data'}],
                  'containerDefinitions': [{'name': 'db', 'image': 'mysql',
                    'mountPoints': [
                      {'containerPath': '/data', 'sourceVolume': 'dta'}
                    ]}]
                }"""));
        assertEquals(List.of("did you mean `data`?"), hints());
    }

    @Test
    void portsOutOfRangeAndUnknownProtocols() {
        assertEquals(List.of(
                "Dockerrun.aws.json:5:74: containerDefinitions[1].portMappings[0].containerPort: \"80800\" is not a valid port (1-65535)",
                "Dockerrun.aws.json:5:93: containerDefinitions[1].portMappings[0].protocol: \"sctp\" is not a valid protocol (allowed: tcp, udp)",
                "Dockerrun.aws.json:5:136: containerDefinitions[1].portMappings[1].hostPort: \"http\" is not a valid port (1-65535, or 0 for any free port)"),
                errorsIn("'portMappings': [{'containerPort': 80800, 'protocol': 'sctp'}, {'containerPort': 80, 'hostPort': 'http'}]"));
    }

    @Test
    void referencesToContainersThatDoNotExist() {
        assertEquals(List.of(
                "Dockerrun.aws.json:5:49: containerDefinitions[1].links[0]: \"bd\" is not a container of this file (containers: db, web)",
                "Dockerrun.aws.json:5:95: containerDefinitions[1].volumesFrom[0].sourceContainer: \"cache\" is not a container of this file (containers: db, web)",
                "Dockerrun.aws.json:5:138: containerDefinitions[1].dependsOn[0].containerName: \"dbb\" is not a container of this file (containers: db, web)"),
                errorsIn("'links': ['bd:db'], 'volumesFrom': [{'sourceContainer': 'cache'}], 'dependsOn': [{'containerName': 'dbb'}]"));
        assertEquals(List.of("did you mean `db`?", "did you mean `db`?"), hints());
    }

    @Test
    void anUnknownDependencyCondition() {
        assertEquals(List.of("Dockerrun.aws.json:5:90: containerDefinitions[1].dependsOn[0].condition: \"READY\" is not a valid"
                + " condition (allowed: START, HEALTHY, COMPLETE, SUCCESS)"),
                errorsIn("'dependsOn': [{'containerName': 'db', 'condition': 'READY'}]"));
    }

    @Test
    void twoContainersWithTheSameName() {
        assertEquals(List.of("Dockerrun.aws.json:4:37: containerDefinitions[1].name: \"db\" is already the name of containerDefinitions[0]"),
                errors("""
                        {
                          'AWSEBDockerrunVersion': 2,
                          'containerDefinitions': [{'name': 'db', 'image': 'mysql'},
                                                   {'name': 'db', 'image': 'mysql'}]
                        }"""));
    }

    @Test
    void containersWithoutNameOrImageAndNamesComposeCannotUse() {
        assertEquals(List.of(
                "Dockerrun.aws.json:3:26: containerDefinitions[0]: \"name\" is required",
                "Dockerrun.aws.json:3:42: containerDefinitions[1]: \"image\" is required",
                "Dockerrun.aws.json:3:66: containerDefinitions[2].name: \"my app\" is not a valid container name (up to 255 letters, digits, '_' and '-')"),
                errors("{\n'AWSEBDockerrunVersion': 2,\n'containerDefinitions': [{'image': 'x'}, {'name': 'a'}, {'name': 'my app', 'image': 'x'}]}"));
    }

    @Test
    void theFileIsNotAnObjectOrContainerDefinitionsIsNotAnArray() {
        assertEquals(List.of("Dockerrun.aws.json:1:1: a Dockerrun file must be a JSON object, got an array"), errors("[]"));
        assertEquals(List.of("Dockerrun.aws.json:1:54: containerDefinitions: must be an array, got an object"),
                new InvalidFileTest().errors("{'AWSEBDockerrunVersion': 2, 'containerDefinitions': {'name': 'web'}}"));
        assertEquals(List.of("Dockerrun.aws.json:1:54: containerDefinitions: must list at least one container"),
                new InvalidFileTest().errors("{'AWSEBDockerrunVersion': 2, 'containerDefinitions': []}"));
    }

    @Test
    void wrongTypesInsideAContainer() {
        assertEquals(List.of(
                "Dockerrun.aws.json:5:56: containerDefinitions[1].command[1]: must be a string, got an object",
                "Dockerrun.aws.json:5:74: containerDefinitions[1].essential: must be true or false, got \"maybe\"",
                "Dockerrun.aws.json:5:99: containerDefinitions[1].environment[0]: \"name\" is required",
                "Dockerrun.aws.json:5:132: containerDefinitions[1].dockerLabels: must be an object of strings, got an array"),
                errorsIn("'command': ['a', {}], 'essential': 'maybe', 'environment': [{'value': 'x'}], 'dockerLabels': []"));
    }

    @Test
    void anUnknownUlimitAndAHealthCheckWithoutItsKind() {
        assertEquals(List.of(
                "Dockerrun.aws.json:5:60: containerDefinitions[1].ulimits[0].name: \"nofiles\" is not a valid ulimit (allowed: core,"
                        + " cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack)",
                "Dockerrun.aws.json:5:133: containerDefinitions[1].healthCheck.command: must start with \"CMD\", \"CMD-SHELL\" or"
                        + " \"NONE\", got \"curl -f http://localhost/\""),
                errorsIn("'ulimits': [{'name': 'nofiles', 'softLimit': 1, 'hardLimit': 2}], 'healthCheck': {'command': ['curl -f http://localhost/']}"));
    }

    @Test
    void aVolumeDefinedTwice() {
        assertEquals(List.of("Dockerrun.aws.json:3:40: volumes[1].name: \"data\" is already defined at Dockerrun.aws.json:3:22"),
                errors("{\n'AWSEBDockerrunVersion': 2,\n'volumes': [{'name': 'data'}, {'name': 'data'}],"
                        + "\n'containerDefinitions': [{'name': 'w', 'image': 'x'}]}"));
    }

    @Test
    void aVersionOneFileWithoutImageNameOrDockerfile() {
        assertEquals(List.of("Dockerrun.aws.json:1:39: Image: \"Name\" is required: there is no Dockerfile to build"),
                errors("{'AWSEBDockerrunVersion': 1, 'Image': {'Update': 'true'}}"));
        assertEquals(List.of("name the image to run (\"Image\": {\"Name\": \"...\"}), or put a Dockerfile in the project"
                + " directory: Elastic Beanstalk builds it"), hints());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'Name': ' '}", "{'Name': null}"})
    void aVersionOneImageWithoutANameAndNoDockerfile(String image) {
        assertEquals(List.of("Dockerrun.aws.json:1:39: Image: \"Name\" is required: there is no Dockerfile to build"),
                errors("{'AWSEBDockerrunVersion': 1, 'Image': " + image + "}"));
    }

    @Test
    void aVersionOneFileWithAnEmptyImageStringAndNoDockerfile() {
        assertEquals(List.of("Dockerrun.aws.json:1:1: \"Image\" is required: there is no Dockerfile to build"),
                errors("{'AWSEBDockerrunVersion': 1, 'Image': ''}"));
    }

    @Test
    void imageNamesThatAreStillTemplatePlaceholders() {
        assertEquals(List.of("Dockerrun.aws.json:1:48: Image.Name: \"<AWS ECR Link>\" is an unfilled template placeholder,"
                + " not an image name"), errors("{'AWSEBDockerrunVersion': 1, 'Image': {'Name': '<AWS ECR Link>'}}"));
        assertEquals(List.of("replace <AWS ECR Link> with the image to run; Elastic Beanstalk substitutes nothing"), hints());
    }

    @Test
    void imageNamesOfContainersThatAreStillTemplatePlaceholders() {
        assertEquals(List.of("Dockerrun.aws.json:1:80: containerDefinitions[0].image: \"${ACCOUNT_ID}.dkr.ecr.us-east-1"
                        + ".amazonaws.com/web\" is an unfilled template placeholder, not an image name",
                "Dockerrun.aws.json:1:162: containerDefinitions[1].image: \"{{ image }}\" is an unfilled template"
                        + " placeholder, not an image name"),
                errors("{'AWSEBDockerrunVersion': 2, 'containerDefinitions': [{'name': 'web', 'image':"
                        + " '${ACCOUNT_ID}.dkr.ecr.us-east-1.amazonaws.com/web'}, {'name': 'worker', 'image': '{{ image }}'}]}"));
    }

    @Test
    void anEnvironmentStringWithoutAName() {
        assertEquals(List.of("Dockerrun.aws.json:5:55: containerDefinitions[1].environment[0]: \"=1\" is not a variable:"
                + " expected {\"name\": ..., \"value\": ...}"), errorsIn("'environment': ['=1']"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "'x'", "1", "true", "null", "[{}]", "{'a': 1}"})
    void noValueOfTheWrongTypeAnywhereThrows(String wrong) {
        for (String key : ContainerDefinitionMapper.CONTAINER.all()) {
            String file = json("{'AWSEBDockerrunVersion': 2, 'volumes': " + wrong + ", 'containerDefinitions': [{'name': 'w', '"
                    + key + "': " + wrong + ", 'linuxParameters': {'tmpfs': " + wrong + ", 'devices': " + wrong + ","
                    + " 'capabilities': " + wrong + "}, 'healthCheck': {'command': " + wrong + ", 'interval': " + wrong + "}}]}");
            assertDoesNotThrow(() -> DockerrunReader.read(file, FILE, new Diagnostics()), key);
        }
        for (String key : SingleContainerMapper.ROOT.all()) {
            String file = json("{'AWSEBDockerrunVersion': 1, 'Image': {'Name': " + wrong + "}, '" + key + "': " + wrong + "}");
            assertDoesNotThrow(() -> DockerrunReader.read(file, FILE, new Diagnostics()), key);
        }
    }
}
