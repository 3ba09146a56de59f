package dev.jcompose.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlPathTest {

    @Test
    void printsKeysAndIndexesAsUsersReadThem() {
        assertEquals("services.web.ports[0]", YamlPath.ROOT.key("services").key("web").key("ports").index(0).toString());
    }

    @Test
    void parsesItsOwnPrintedForm() {
        YamlPath p = YamlPath.parse("services.web.ports[0].target");
        assertEquals(YamlPath.of("services", "web", "ports", 0, "target"), p);
        assertEquals("target", p.last());
        assertEquals("services.web.ports[0]", p.parent().toString());
    }

    @Test
    void pathsBuiltApartAreEqualAndHashLikeTheirSegmentList() {
        YamlPath built = YamlPath.ROOT.key("services").key("web").key("ports").index(0);
        YamlPath parsed = YamlPath.parse("services.web.ports[0]");
        assertEquals(built, parsed);
        assertEquals(built.hashCode(), parsed.hashCode());
        assertEquals(List.of("services", "web", "ports", 0), built.segments());
        assertEquals(List.of("services", "web", "ports", 0).hashCode(), built.hashCode());
        assertEquals(4, built.size());
        assertNotEquals(built, YamlPath.parse("services.web.ports[1]"));
        assertNotEquals(YamlPath.of("a", "b"), YamlPath.of("b", "a"));
        assertNotEquals(YamlPath.of("ports", 0), YamlPath.of("ports", "0"));
        assertTrue(YamlPath.ROOT.isRoot());
        assertEquals(List.of(), YamlPath.ROOT.segments());
        assertEquals(YamlPath.ROOT, YamlPath.of("services").parent());
        assertEquals(YamlPath.ROOT, YamlPath.ROOT.parent());
    }

    @Test
    void diagnosticsSortByLocationThenPath() {
        Diagnostics d = new Diagnostics();
        d.error(SourceLocation.of("b.yaml", 1, 1), YamlPath.of("x"), "m");
        d.error(SourceLocation.of("a.yaml", 9, 3), YamlPath.of("y"), "m");
        d.error(SourceLocation.of("a.yaml", 2, 7), YamlPath.of("z"), "m", "try this");
        assertEquals(
                "a.yaml:2:7: z: m\n  hint: try this\na.yaml:9:3: y: m\nb.yaml:1:1: x: m\n",
                DiagnosticFormatter.format(d.sorted()));
    }

    @Test
    void suggestsTheClosestKey() {
        assertEquals("did you mean `environment`?",
                Suggestions.didYouMean("enviroment", java.util.List.of("environment", "entrypoint", "env_file")));
        assertEquals(null, Suggestions.didYouMean("zzzzzz", java.util.List.of("environment")));
    }
}
