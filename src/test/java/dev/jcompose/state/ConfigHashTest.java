package dev.jcompose.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigHashTest {

    private static Map<String, Object> web() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("image", "nginx:1.25");
        s.put("environment", Map.of("MODE", "prod"));
        s.put("ports", List.of(Map.of("target", 80, "published", "8080")));
        return s;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> s = web();
        s.put(key, value);
        return s;
    }

    @Test
    void isTheSha256OfTheCanonicalJson() {
        // printf %s '{"image":"nginx"}' | sha256sum
        assertEquals("87132e95dfbdfe0f3b4b5fc5d97e77562f531773bb439b3b9624ef0863f7fcbb",
                ConfigHash.of(Map.of("image", "nginx")));
        assertTrue(ConfigHash.of(web()).matches("[0-9a-f]{64}"));
    }

    @Test
    void doesNotDependOnKeyOrderOrNumberType() {
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("ports", List.of(Map.of("published", "8080", "target", 80L)));
        reordered.put("environment", Map.of("MODE", "prod"));
        reordered.put("image", "nginx:1.25");
        assertEquals(ConfigHash.of(web()), ConfigHash.of(reordered));
    }

    @Test
    void changesWhenAnythingThatShapesTheContainerChanges() {
        String base = ConfigHash.of(web());
        assertNotEquals(base, ConfigHash.of(with("image", "nginx:1.26")));
        assertNotEquals(base, ConfigHash.of(with("environment", Map.of("MODE", "dev"))));
        assertNotEquals(base, ConfigHash.of(with("ports", List.of(Map.of("target", 81, "published", "8080")))));
        assertNotEquals(base, ConfigHash.of(with("deploy", Map.of("resources", Map.of("limits", Map.of("cpus", "0.5"))))));
    }

    @Test
    void ignoresBuildPullPolicyScaleDependsOnProfilesAndReplicas() {
        String base = ConfigHash.of(web());
        assertEquals(base, ConfigHash.of(with("build", Map.of("context", "/src"))));
        assertEquals(base, ConfigHash.of(with("pull_policy", "always")));
        assertEquals(base, ConfigHash.of(with("scale", 3)));
        assertEquals(base, ConfigHash.of(with("depends_on", Map.of("db", Map.of("condition", "service_healthy")))));
        assertEquals(base, ConfigHash.of(with("profiles", List.of("debug"))));
        assertEquals(base, ConfigHash.of(with("deploy", Map.of("replicas", 5))));
    }

    @Test
    void ignoresExtensionKeys() {
        assertEquals(ConfigHash.of(web()), ConfigHash.of(with("x-owner", Map.of("team", "core"))));
    }

    @Test
    void replicasAreIgnoredButTheRestOfDeployIsNot() {
        Map<String, Object> limits = Map.of("resources", Map.of("limits", Map.of("memory", "512m")));
        Map<String, Object> limitsAndReplicas = new LinkedHashMap<>(limits);
        limitsAndReplicas.put("replicas", 2);
        assertEquals(ConfigHash.of(with("deploy", limits)), ConfigHash.of(with("deploy", limitsAndReplicas)));
    }

    @Test
    void doesNotModifyTheGivenView() {
        Map<String, Object> s = with("deploy", new LinkedHashMap<>(Map.of("replicas", 2)));
        ConfigHash.of(s);
        assertEquals(Map.of("replicas", 2), s.get("deploy"));
    }
}
