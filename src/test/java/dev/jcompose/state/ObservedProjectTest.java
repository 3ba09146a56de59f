package dev.jcompose.state;

import dev.jcompose.engine.ContainerSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservedProjectTest {

    private static ContainerSummary summary(String name, Map<String, String> labels, String state) {
        return new ContainerSummary("id-" + name, "/" + name, "nginx", "sha256:1", labels, state, "", null,
                Instant.EPOCH, null, List.of());
    }

    @Test
    void parsesIdentityLabelsAndKeepsOnlyTheProjectsContainers() {
        ContainerSummary web2 = summary("demo-web-2", Map.of(Labels.PROJECT, "demo", Labels.SERVICE, "web",
                Labels.CONTAINER_NUMBER, "2", Labels.ONEOFF, "False", Labels.CONFIG_HASH, "compose-hash"), "running");
        ContainerSummary web1 = summary("demo-web-1", Map.of(Labels.PROJECT, "demo", Labels.SERVICE, "web",
                Labels.CONTAINER_NUMBER, "1", Labels.CONFIG_HASH, "compose-hash",
                Labels.JCOMPOSE_CONFIG_HASH, "ours"), "exited");
        ContainerSummary run = summary("demo-web-run-1", Map.of(Labels.PROJECT, "demo", Labels.SERVICE, "web",
                Labels.CONTAINER_NUMBER, "x", Labels.ONEOFF, "True"), "running");
        ContainerSummary other = summary("else-web-1", Map.of(Labels.PROJECT, "else", Labels.SERVICE, "web"), "running");

        ObservedProject o = ObservedProject.from("demo", List.of(web2, other, run, web1), List.of(), List.of());

        assertEquals(List.of("demo-web-run-1", "demo-web-1", "demo-web-2"),
                o.containers().stream().map(ObservedContainer::name).toList());
        ObservedContainer first = o.containers().get(1);
        assertEquals(1, first.number());
        assertEquals("ours", first.configHash());
        assertFalse(first.isRunning());
        assertEquals("compose-hash", o.containers().get(2).configHash());
        assertTrue(o.containers().get(0).oneoff());
        assertEquals(0, o.containers().get(0).number());
        assertEquals(List.of("demo-web-1", "demo-web-2"),
                o.containersOf("web").stream().map(ObservedContainer::name).toList());
    }
}
