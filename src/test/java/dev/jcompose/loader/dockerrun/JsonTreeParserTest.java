package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTreeParserTest {

    private static final String FILE = "Dockerrun.aws.json";

    private final Diagnostics diags = new Diagnostics();

    private Node parse(String text) {
        return JsonTreeParser.parse(text, FILE, diags);
    }

    private List<String> messages() {
        return diags.sorted().stream().map(Diagnostic::headline).toList();
    }

    private static SourceLocation at(int line, int col) {
        return SourceLocation.of(FILE, line, col);
    }

    @Test
    void readsEveryKindOfValueAsPlainValues() {
        Node n = parse("{\"s\": \"x\", \"i\": -12, \"f\": 1.5e2, \"t\": true, \"n\": null, \"a\": [1, \"2\"], \"o\": {}}");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "x");
        expected.put("i", -12L);
        expected.put("f", 150.0);
        expected.put("t", true);
        expected.put("n", null);
        expected.put("a", List.of(1L, "2"));
        expected.put("o", Map.of());
        assertEquals(expected, Nodes.toPlain(n));
        assertTrue(diags.isEmpty());
    }

    @Test
    void numbersKeepTheirLiteralAndType() {
        MapNode m = (MapNode) parse("{\"a\": 80, \"b\": 0.5}");
        assertEquals(new ScalarNode("80", ScalarType.INT, at(1, 7), null), m.get("a"));
        assertEquals(ScalarType.FLOAT, ((ScalarNode) m.get("b")).type());
    }

    @Test
    void everyKeyAndValueKnowsItsLineAndColumn() {
        MapNode m = (MapNode) parse("{\n  \"name\": \"web\",\n  \"ports\": [\n    80\n  ]\n}");
        assertEquals(at(1, 1), m.location());
        assertEquals(at(2, 3), m.keyLocation("name"));
        assertEquals(at(2, 11), m.get("name").location());
        assertEquals(at(3, 12), m.get("ports").location());
        assertEquals(at(4, 5), ((SeqNode) m.get("ports")).get(0).location());
    }

    @Test
    void crlfAndLoneCrEndLinesAndAByteOrderMarkIsSkipped() {
        MapNode m = (MapNode) parse("\uFEFF{\r\n\"a\": 1,\r\"b\": 2}");
        assertEquals(at(1, 1), m.location());
        assertEquals(at(2, 1), m.keyLocation("a"));
        assertEquals(at(3, 6), m.get("b").location());
    }

    @Test
    void escapesAreDecoded() {
        MapNode m = (MapNode) parse("{\"a\": \"q\\\"b\\\\s\\/n\\nt\\tu\\u00e9\"}");
        assertEquals("q\"b\\s/n\nt\tu\u00e9", Nodes.text(m.get("a")));
    }

    @Test
    void duplicateKeysWarnAndTheLastValueWinsInTheFirstPosition() {
        MapNode m = (MapNode) parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
        assertEquals(List.of("a", "b"), List.copyOf(m.keys()));
        assertEquals(3L, Nodes.toPlain(m.get("a")));
        assertEquals(List.of("Dockerrun.aws.json:1:18: a: duplicate key \"a\": the last value is used"), messages());
        assertTrue(!diags.hasErrors());
    }

    @Test
    void duplicateKeyWarningNamesTheNestedPath() {
        parse("{\"c\": [{\"x\": 1,\n \"x\": 2}]}");
        assertEquals(List.of("Dockerrun.aws.json:2:2: c[0].x: duplicate key \"x\": the last value is used"), messages());
    }

    @Test
    void trailingCommasAreAcceptedWithAWarning() {
        Node n = parse("{\"a\": [1, 2,],\n \"b\": 3,\n}");
        assertEquals(Map.of("a", List.of(1L, 2L), "b", 3L), Nodes.toPlain(n));
        assertEquals(List.of(
                "Dockerrun.aws.json:1:12: a: trailing comma before ']' is not valid JSON (ignored here)",
                "Dockerrun.aws.json:2:8: trailing comma before '}' is not valid JSON (ignored here)"), messages());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"a\": 1\n  \"b\": 2}`|2:3: expected ',' or '}' but found '\"'",
            "`{\"a\": [1 2]}`|1:10: expected ',' or ']' but found '2'",
            "`{\"a\" 1}`|1:6: expected ':' but found '1'",
            "`{a: 1}`|1:2: expected a key in double quotes but found 'a'",
            "`{\"a\": }`|1:7: expected a JSON value but found '}'",
            "`{\"a\": yes}`|1:7: expected a JSON value but found 'yes' (strings must be in double quotes)",
            "`{\"a\": True}`|1:7: expected a JSON value but found 'True' (strings must be in double quotes)",
            "`{\"a\": 1`|1:8: expected ',' or '}' but found end of input",
            "``|1:1: expected a JSON value but found end of input",
            "`{\"a\": \"x\n\"}`|1:7: unterminated string (a line break inside a string must be written \\n)",
            "`{\"a\": \"\\x\"}`|1:8: invalid escape '\\x' (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
            "`{\"a\": \"\\u12g4\"}`|1:8: \\u must be followed by 4 hex digits",
            "`{\"a\": 012}`|1:7: numbers must not start with a leading zero",
            "`{\"a\": 1.}`|1:9: expected a digit but found '}'",
            "`{\"a\": -}`|1:8: expected a digit but found '}'",
            "`{} {}`|1:4: expected end of input but found '{'",
            "`{\"a\": 1} // note`|1:10: expected end of input but found '/'",
            "`{\"a\": \"x\ty\"}`|1:9: control character U+0009 must be escaped in a string",
            "`{\"a\": 1,\r\n\"b\": \"x`|2:6: unterminated string",
    })
    void syntaxErrorsAreLocatedExactly(String text, String expected) {
        assertNull(parse(text));
        assertEquals(List.of(FILE + ":" + expected), messages());
    }

    @Test
    void topLevelScalarsAndArraysParse() {
        assertInstanceOf(SeqNode.class, parse(" [ ] "));
        assertEquals("x", Nodes.text(parse("\"x\"")));
        assertTrue(parse("null").isNull());
    }
}
