package dev.jcompose.state;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigFingerprintTest {

    private static Map<String, Object> view(String level, List<String> command) {
        return Map.of("image", "nginx", "environment", Map.of("LEVEL", level, "MODE", "a=b;c"),
                "command", command, "deploy", Map.of("replicas", 3, "resources", Map.of("limits", Map.of("cpus", 0.5))),
                "depends_on", Map.of("db", Map.of("condition", "service_started")));
    }

    @Test
    void namesTheSettingsThatChanged() {
        Map<String, String> before = ConfigFingerprint.of(view("1", List.of("run")));
        Map<String, String> after = ConfigFingerprint.of(view("2", List.of("run", "--fast")));
        assertEquals(List.of("command", "environment.LEVEL"), ConfigFingerprint.changes(before, after));
    }

    @Test
    void coversWhatTheConfigHashCoversOnly() {
        Map<String, String> f = ConfigFingerprint.of(view("1", List.of()));
        assertEquals(List.of("command", "deploy.resources.limits.cpus", "environment.LEVEL", "environment.MODE", "image"),
                f.keySet().stream().sorted().toList(), "replicas and depends_on never recreate a container");
    }

    @Test
    void survivesTheLabelRoundTripWithAwkwardKeys() {
        Map<String, String> f = ConfigFingerprint.of(Map.of("labels", Map.of("a=b;c%d", "x")));
        assertEquals(f, ConfigFingerprint.decode(ConfigFingerprint.encode(f)));
        assertEquals(Map.of(), ConfigFingerprint.decode("garbage"));
        assertEquals(Map.of(), ConfigFingerprint.decode(null));
    }
}
