package dev.jcompose.state;

import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ServiceHashTest {

    @TempDir
    Path dir;

    private String hash(String serviceYaml) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n" + serviceYaml.indent(4)
                + "  db:\n    image: postgres\n");
        Project p = new ProjectLoader().load(LoadRequest.in(dir, Map.of()).withProjectName("demo")).project();
        return ServiceHash.of(p, p.service("web"));
    }

    @Test
    void isStableAcrossLoads() throws IOException {
        assertEquals(hash("image: nginx\n"), hash("image: nginx\n"));
    }

    @Test
    void changesWithWhatShapesTheContainer() throws IOException {
        String base = hash("image: nginx\n");
        assertNotEquals(base, hash("image: nginx\nenvironment: {A: \"1\"}\n"));
        assertNotEquals(base, hash("image: nginx:2\n"));
        assertNotEquals(base, hash("image: nginx\nports: [\"80:80\"]\n"));
    }

    @Test
    void ignoresBuildScaleReplicasPullPolicyAndDependsOn() throws IOException {
        String base = hash("image: nginx\n");
        assertEquals(base, hash("image: nginx\nbuild: .\n"));
        assertEquals(base, hash("image: nginx\nscale: 3\n"));
        assertEquals(base, hash("image: nginx\ndeploy: {replicas: 2}\n"));
        assertEquals(base, hash("image: nginx\npull_policy: always\n"));
        assertEquals(base, hash("image: nginx\ndepends_on: [db]\n"));
    }
}
