package dev.jcompose.loader.interpolate;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterpolatorTest {

    private static final Map<String, String> ENV = Map.of("SET", "value", "EMPTY", "", "TAG", "1.25", "B", "bee");
    private static final Function<String, String> LOOKUP = ENV::get;
    private static final SourceLocation LOC = SourceLocation.of("compose.yaml", 3, 12);
    private static final YamlPath PATH = YamlPath.parse("services.web.image");

    private final Diagnostics diags = new Diagnostics();

    private String interpolate(String s) {
        return Interpolator.interpolateString(s, LOOKUP, LOC, PATH, diags);
    }

    private List<String> headlines() {
        return diags.sorted().stream().map(Diagnostic::headline).toList();
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", value = {
            "$SET                  | value",
            "${SET}                | value",
            "nginx:${TAG}-alpine   | nginx:1.25-alpine",
            "$SET-x                | value-x",
            "${SET:-d}             | value",
            "${EMPTY:-d}           | d",
            "${UNSET:-d}           | d",
            "${SET-d}              | value",
            "${EMPTY-d}            | ``",
            "${UNSET-d}            | d",
            "${SET:?boom}          | value",
            "${EMPTY?boom}         | ``",
            "${SET:+r}             | r",
            "${EMPTY:+r}           | ``",
            "${UNSET:+r}           | ``",
            "${SET+r}              | r",
            "${EMPTY+r}            | r",
            "${UNSET+r}            | ``",
            "${UNSET:-${B:-x}}     | bee",
            "${UNSET:-${NOPE:-x}}  | x",
            "${SET:+[${B}]}        | [bee]",
            "${UNSET:-a:-b}        | a:-b",
            "$$SET                 | $SET",
            "$${SET}               | ${SET}",
            "a$$$SET               | a$value",
            "${UNSET:-}            | ``",
            "$(date)               | $(date)",
            "RUN echo $(id -u) $1  | RUN echo $(id -u) $1",
            "price: 5$             | price: 5$",
            "$                     | $",
            "$-x $@                | $-x $@",
    })
    void substitutesEveryForm(String template, String expected) {
        assertEquals(expected, interpolate(template));
        assertTrue(diags.isEmpty(), () -> diags.sorted().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "${VAR", "${}", "${VAR:%x}", "${1A}", "${VAR:}", "${ VAR}", "$(x) ${1}"})
    void invalidFormsAreLocatedErrorsWithAHint(String template) {
        assertEquals(template, interpolate(template), "the value is left as written");
        Diagnostic d = diags.errors().get(0);
        assertEquals("compose.yaml:3:12: services.web.image: invalid interpolation format: \"" + template + "\"",
                d.headline());
        assertEquals("write \"$$\" for a literal \"$\"", d.hint());
    }

    @Test
    void requiredVariableErrorsCarryTheMessage() {
        interpolate("${UNSET:?set it in .env}");
        interpolate("${EMPTY:?must not be empty}");
        interpolate("${UNSET?}");
        assertEquals(List.of(
                "compose.yaml:3:12: services.web.image: required variable EMPTY is missing a value: must not be empty",
                "compose.yaml:3:12: services.web.image: required variable UNSET is missing a value",
                "compose.yaml:3:12: services.web.image: required variable UNSET is missing a value: set it in .env"),
                headlines());
    }

    @Test
    void unsetVariableWarnsOncePerCallAtFirstUse() {
        Node root = YamlReader.read("""
                services:
                  web:
                    image: "${REPO}/web:$VERSION"
                    labels:
                      a: $REPO
                """, "compose.yaml", diags);
        MapNode out = (MapNode) Interpolator.interpolate(root, LOOKUP, diags);
        assertEquals("/web:", Nodes.toPlain(((MapNode) ((MapNode) out.get("services")).get("web")).get("image")));
        assertEquals(List.of(
                "compose.yaml:3:12: services.web.image: The \"REPO\" variable is not set. Defaulting to a blank string.",
                "compose.yaml:3:12: services.web.image: The \"VERSION\" variable is not set. Defaulting to a blank string."),
                headlines());
        assertTrue(diags.warnings().size() == 2 && !diags.hasErrors());
    }

    @Test
    void interpolatesValuesNotKeysAndTurnsResultsIntoStrings() {
        Node root = YamlReader.read("""
                services:
                  $SET:
                    ports: ["${PORT:-8080}:80", 443]
                    cpus: ${CPUS:-0.5}
                    plain: no dollar here
                """, "compose.yaml", diags);
        MapNode out = (MapNode) Interpolator.interpolate(root, LOOKUP, diags);
        MapNode svc = (MapNode) ((MapNode) out.get("services")).get("$SET");
        assertEquals(List.of("8080:80", 443L), Nodes.toPlain(svc.get("ports")));
        ScalarNode cpus = (ScalarNode) svc.get("cpus");
        assertEquals(ScalarType.STRING, cpus.type());
        assertEquals("0.5", cpus.text());
        assertEquals(SourceLocation.of("compose.yaml", 4, 11), cpus.location());
        assertTrue(diags.isEmpty());
    }

    @Test
    void unchangedTreeIsReturnedAsIs() {
        Node root = YamlReader.read("a: [1, x]\nb: {c: d}\n", "compose.yaml", diags);
        assertSame(root, Interpolator.interpolate(root, LOOKUP, diags));
    }

    @Test
    void errorsInATreeAreLocatedAtTheScalar() {
        Node root = YamlReader.read("services:\n  web:\n    image: ${IMAGE:?no image}\n", "compose.yaml", diags);
        Interpolator.interpolate(root, LOOKUP, diags);
        assertEquals(List.of("compose.yaml:3:12: services.web.image: required variable IMAGE is missing a value: no image"),
                headlines());
    }
}
