package dev.jcompose.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerCliPluginTest {

    private static final Map<String, String> RUN_BY_DOCKER = Map.of(DockerCliPlugin.RUN_BY_DOCKER, "docker");

    @Test
    void answersTheMetadataCommandWithTheMandatoryKeys() {
        CliHarness.Run run = new CliHarness(request -> {
            throw new AssertionError("the metadata command must not load a project");
        }).run("docker-cli-plugin-metadata");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals("{\"SchemaVersion\":\"0.1.0\",\"Vendor\":\"jcompose\",\"Version\":\"" + VersionInfo.version()
                + "\",\"ShortDescription\":\"Docker Compose v2 compatible multi-container tool (jcompose)\"}\n",
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void dropsThePluginNameTheDockerCliPassesFirst() {
        DockerCliPlugin.Invocation call = DockerCliPlugin.invocation(new String[]{"jcompose", "-f", "x.yaml", "ps"},
                RUN_BY_DOCKER);
        assertArrayEquals(new String[]{"-f", "x.yaml", "ps"}, call.args());
        assertEquals(RUN_BY_DOCKER, call.environment());
        assertArrayEquals(new String[]{"help"},
                DockerCliPlugin.invocation(new String[]{"help", "jcompose"}, RUN_BY_DOCKER).args());
        assertArrayEquals(new String[]{"help", "ps"},
                DockerCliPlugin.invocation(new String[]{"help", "jcompose", "ps"}, RUN_BY_DOCKER).args());
    }

    @Test
    void theDockerGlobalOptionsBecomeTheEnvironmentThatChoosesTheEngine() {
        DockerCliPlugin.Invocation call = DockerCliPlugin.invocation(new String[]{"-H", "tcp://127.0.0.1:2376",
                "--config=/home/u/.docker", "-D", "--log-level", "debug", "--tlsverify", "--tlscacert",
                "/certs/ca.pem", "jcompose", "ps", "-a"}, RUN_BY_DOCKER);
        assertArrayEquals(new String[]{"ps", "-a"}, call.args());
        assertEquals(Map.of(DockerCliPlugin.RUN_BY_DOCKER, "docker", "DOCKER_HOST", "tcp://127.0.0.1:2376",
                "DOCKER_CONFIG", "/home/u/.docker", "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs"),
                call.environment());

        assertEquals(Map.of(DockerCliPlugin.RUN_BY_DOCKER, "docker", "DOCKER_CONTEXT", "remote"),
                DockerCliPlugin.invocation(new String[]{"-c", "remote", "jcompose", "ls"}, RUN_BY_DOCKER).environment());
        assertEquals("unix:///tmp/d.sock", DockerCliPlugin.invocation(new String[]{"-Hunix:///tmp/d.sock", "jcompose"},
                RUN_BY_DOCKER).environment().get("DOCKER_HOST"));
    }

    @Test
    void aCommandLineNotFromTheDockerCliIsLeftAsItIs() {
        String[] args = {"jcompose", "ps"};
        DockerCliPlugin.Invocation standalone = DockerCliPlugin.invocation(args, Map.of());
        assertSame(args, standalone.args());
        assertTrue(standalone.environment().isEmpty());

        String[] unknown = {"--unknown", "jcompose", "ps"};
        DockerCliPlugin.Invocation notOurs = DockerCliPlugin.invocation(unknown, RUN_BY_DOCKER);
        assertSame(unknown, notOurs.args());
        assertEquals(RUN_BY_DOCKER, notOurs.environment());
    }
}
