package dev.jcompose.loader.validate;

import dev.jcompose.diag.DiagnosticFormatter;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.tree.MapNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidDocumentsTest {

    private static MapNode kitchenSink() throws IOException {
        try (InputStream in = ValidDocumentsTest.class.getResourceAsStream("kitchen-sink.yaml")) {
            return TestYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void kitchenSinkHasNoErrorsAndOnlyTheVersionWarning() throws IOException {
        Diagnostics d = new Diagnostics();
        SchemaValidator.validate(kitchenSink(), d);
        assertEquals("warning: compose.yaml:2:1: version: " + SchemaValidator.VERSION_OBSOLETE + "\n",
                DiagnosticFormatter.format(d.sorted()));
    }

    @Test
    void kitchenSinkUsesEveryServiceAttribute() throws IOException {
        MapNode services = (MapNode) kitchenSink().get("services");
        Set<String> used = new TreeSet<>();
        for (MapNode.Entry e : services.entries()) used.addAll(((MapNode) e.value()).keys());
        Set<String> missing = new TreeSet<>(ServiceSchema.service().props().keySet());
        missing.removeAll(used);
        assertEquals(Set.of(), missing);
        assertTrue(ServiceSchema.service().props().size() > 90, "the specification has more than 90 attributes");
    }

    @Test
    void kitchenSinkUsesEveryTopLevelAttributeAndDeployAttribute() throws IOException {
        MapNode root = kitchenSink();
        assertEquals(ComposeSchema.ROOT.props().keySet(), withoutExtensions(root.keys()));
        MapNode deploy = (MapNode) ((MapNode) ((MapNode) root.get("services")).get("web")).get("deploy");
        assertEquals(DeploySchema.deploy().props().keySet(), deploy.keys());
    }

    @Test
    void emptyDocumentsAndPartialOverridesAreValid() {
        assertNoDiagnostics("services: {}\n");
        assertNoDiagnostics("x-only: 1\n");
        // an override file may leave out image and build
        assertNoDiagnostics("services:\n  web:\n    environment: {DEBUG: \"1\"}\n");
    }

    @Test
    void interpolatedStringsThatConvertAreAccepted() {
        assertNoDiagnostics("""
                services:
                  web:
                    image: x
                    privileged: "TRUE"
                    scale: "3"
                    cpus: "0.5"
                    mem_limit: "1.5g"
                    oom_score_adj: "-1000"
                    ports: ["${no}80:80"]
                """.replace("${no}", ""));
    }

    @Test
    void resetTagRemovesAnyValueWithoutChecks() {
        assertNoDiagnostics("""
                services:
                  web:
                    ports: !reset []
                    image: !reset
                    privileged: !reset null
                """);
    }

    @Test
    void nullDocumentIsIgnored() {
        Diagnostics d = new Diagnostics();
        SchemaValidator.validate(null, d);
        assertTrue(d.isEmpty());
    }

    private static Set<String> withoutExtensions(Set<String> keys) {
        Set<String> s = new TreeSet<>(keys);
        s.removeIf(k -> k.startsWith("x-"));
        return s;
    }

    private static void assertNoDiagnostics(String yaml) {
        Diagnostics d = new Diagnostics();
        SchemaValidator.validate(TestYaml.parse(yaml), d);
        assertEquals("", DiagnosticFormatter.format(d.sorted()));
    }
}
