package dev.jcompose.loader.yaml;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private final Diagnostics diags = new Diagnostics();

    private MapNode read(String yaml) {
        return (MapNode) YamlReader.read(yaml, "compose.yaml", diags);
    }

    private List<String> headlines() {
        return diags.sorted().stream().map(Diagnostic::headline).toList();
    }

    private static MapNode map(Node n, String... keys) {
        Node cur = n;
        for (String k : keys) cur = ((MapNode) cur).get(k);
        return (MapNode) cur;
    }

    @Test
    void keepsLineAndColumnOfValuesAndKeys() {
        MapNode root = read("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "80:80"
                """);
        MapNode web = map(root, "services", "web");
        assertEquals(SourceLocation.of("compose.yaml", 3, 12), web.get("image").location());
        assertEquals(SourceLocation.of("compose.yaml", 3, 5), web.keyLocation("image"));
        SeqNode ports = (SeqNode) web.get("ports");
        assertEquals(SourceLocation.of("compose.yaml", 5, 9), ports.get(0).location());
        assertTrue(diags.isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "8080      | INT    | 8080",
            "-12       | INT    | -12",
            "0o17      | INT    | 15",
            "0x1F      | INT    | 31",
            "0440      | INT    | 288",
            "0.5       | FLOAT  | 0.5",
            "1e3       | FLOAT  | 1e3",
            ".inf      | FLOAT  | Infinity",
            "true      | BOOL   | true",
            "True      | BOOL   | true",
            "FALSE     | BOOL   | false",
            "yes       | STRING | yes",
            "off       | STRING | off",
            "'8080'    | STRING | 8080",
            "\"true\"  | STRING | true",
            "1.2.3     | STRING | 1.2.3",
    })
    void resolvesPlainScalarsWithTheYaml12CoreSchema(String written, ScalarType type, String text) {
        ScalarNode v = (ScalarNode) read("v: " + written + "\n").get("v");
        assertEquals(type, v.type());
        assertEquals(text, v.text());
    }

    @Test
    void aPlainVariableReferenceIsAStringNotATag() {
        MapNode root = read("a: ${A}\nb: ${B:-x}\n");
        assertEquals("${A}", ((ScalarNode) root.get("a")).text());
        assertEquals(ScalarType.STRING, ((ScalarNode) root.get("b")).type());
        assertTrue(diags.isEmpty(), diags.sorted().toString());
    }

    @Test
    void nullsAreNull() {
        MapNode root = read("a: null\nb: ~\nc:\nd: NULL\n");
        for (String k : List.of("a", "b", "c", "d")) assertTrue(root.get(k).isNull(), k);
    }

    @Test
    void emptyDocumentIsNullWithoutError() {
        assertNull(YamlReader.read("", "compose.yaml", diags));
        assertNull(YamlReader.read("# only a comment\n", "compose.yaml", diags));
        assertTrue(diags.isEmpty());
    }

    @Test
    void readsOnlyTheFirstDocument() {
        MapNode root = read("a: 1\n---\nb: 2\n");
        assertEquals(List.of("a"), List.copyOf(root.keys()));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() {
        read("""
                services:
                  web:
                    image: nginx
                    ports: []
                    image: httpd
                """);
        assertEquals(List.of("compose.yaml:5:5: services.web.image: duplicate key \"image\" (first at line 3)"),
                headlines());
    }

    @Test
    void mergeKeyWithSingleMapLetsExplicitKeysWin() {
        MapNode root = read("""
                x-base: &base
                  image: base
                  restart: always
                services:
                  web:
                    <<: *base
                    image: web
                """);
        MapNode web = map(root, "services", "web");
        assertEquals(Map.of("image", "web", "restart", "always"), Nodes.toPlain(web));
        assertEquals(List.of("restart", "image"), List.copyOf(web.keys()));
        assertEquals(3, web.get("restart").location().line(), "merged values keep their own location");
        assertTrue(diags.isEmpty(), diags.sorted().toString());
    }

    @Test
    void mergeKeyWithListPrefersEarlierMaps() {
        MapNode root = read("""
                a: &a {x: 1, y: 1}
                b: &b {y: 2, z: 2}
                c:
                  <<: [*a, *b]
                  z: 3
                """);
        assertEquals(Map.of("x", 1L, "y", 1L, "z", 3L), Nodes.toPlain(root.get("c")));
    }

    @Test
    void mergeKeyRejectsScalars() {
        read("a:\n  <<: 5\n");
        assertEquals(List.of("compose.yaml:2:7: a.<<: merge key \"<<\" needs a mapping or a list of mappings, got a number"),
                headlines());
    }

    @Test
    void aliasesShareTheAnchoredValue() {
        MapNode root = read("a: &v [1, 2]\nb: *v\n");
        assertEquals(List.of(1L, 2L), Nodes.toPlain(root.get("b")));
    }

    @Test
    @Timeout(5)
    void billionLaughsFailsFastWithAClearError() {
        Node root = YamlReader.read("""
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """, "compose.yaml", diags);
        assertNull(root);
        assertEquals(List.of("compose.yaml:1:1: yaml document expands to more than 1,000,000 nodes through aliases;"
                + " refusing to read it (is it an alias bomb?)"), headlines());
    }

    @Test
    void manyAliasesBelowTheLimitAreFine() {
        StringBuilder yaml = new StringBuilder("base: &b {k: v}\nlist:\n");
        for (int i = 0; i < 500; i++) yaml.append("  - *b\n");
        MapNode root = read(yaml.toString());
        assertEquals(500, ((SeqNode) root.get("list")).size());
        assertTrue(diags.isEmpty());
    }

    @Test
    void selfReferencingAnchorIsAnError() {
        assertNull(YamlReader.read("a: &x [1, *x]\n", "compose.yaml", diags));
        assertEquals(List.of("compose.yaml:1:4: anchor &x contains an alias to itself"), headlines());
    }

    @Test
    @Timeout(10)
    void absurdNestingIsAnErrorNotACrash() {
        String yaml = "a: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
        assertNull(YamlReader.read(yaml, "compose.yaml", diags));
        assertEquals(List.of("compose.yaml: yaml document is nested too deeply to be read"), headlines());
    }

    @Test
    void resetAndOverrideTagsAreKept() {
        MapNode web = map(read("""
                services:
                  web:
                    ports: !reset []
                    image: !reset
                    command: !reset null
                    environment: !override
                      A: "1"
                    user: !override "root"
                """), "services", "web");
        assertEquals(Tag.RESET, web.get("ports").tag());
        assertEquals(Tag.RESET, web.get("image").tag());
        assertTrue(web.get("image").isNull());
        assertTrue(web.get("command").isNull());
        assertEquals(Tag.OVERRIDE, web.get("environment").tag());
        assertEquals(Map.of("A", "1"), Nodes.toPlain(web.get("environment")));
        assertEquals(Tag.OVERRIDE, web.get("user").tag());
        assertEquals(Tag.NONE, web.tag());
        assertTrue(diags.isEmpty());
    }

    @Test
    void unknownTagIsAnError() {
        read("services:\n  web:\n    image: !vault secret/img\n");
        assertEquals(List.of("compose.yaml:3:12: services.web.image: unknown tag \"!vault\" (allowed: !reset, !override)"),
                headlines());
    }

    @Test
    void standardTagsAreAccepted() {
        MapNode root = read("a: !!str 8080\nb: !!int \"42\"\nc: !!float 1\n");
        assertEquals("8080", Nodes.toPlain(root.get("a")));
        assertEquals(42L, Nodes.toPlain(root.get("b")));
        assertEquals(1.0, Nodes.toPlain(root.get("c")));
        assertTrue(diags.isEmpty());
    }

    @Test
    void syntaxErrorIsLocatedWithoutStackTrace() {
        assertNull(YamlReader.read("services:\n  web:\n    image: a: b\n", "compose.yaml", diags));
        assertEquals(List.of("compose.yaml:3:13: yaml syntax error: mapping values are not allowed here"), headlines());
    }

    @Test
    void undefinedAliasIsASyntaxError() {
        YamlReader.read("a: *nope\n", "compose.yaml", diags);
        assertEquals(List.of("compose.yaml:1:4: yaml syntax error: found undefined alias nope"), headlines());
    }

    @Test
    void tabIndentationIsExplained() {
        YamlReader.read("services:\n\tweb: {}\n", "compose.yaml", diags);
        Diagnostic d = diags.errors().get(0);
        assertEquals("compose.yaml:2:1: yaml syntax error: found a tab character where indentation is expected",
                d.headline());
        assertEquals("indent with spaces; YAML does not allow tabs for indentation", d.hint());
    }

    @Test
    void tabsSeparatingKeyAndValueAndCrlfLineEndsAreAccepted() {
        MapNode root = read("a:\t1\r\nb:\t\t\"x\ty\"\r\nc:\r\n  -\tz\r\n");
        assertEquals(Map.of("a", 1L, "b", "x\ty", "c", List.of("z")), Nodes.toPlain(root));
        assertEquals(SourceLocation.of("compose.yaml", 2, 5), root.get("b").location());
        assertTrue(diags.isEmpty(), diags.sorted().toString());
    }

    @Test
    void nonStringKeysBecomeTheirText() {
        MapNode root = read("8080: a\ntrue: b\n");
        assertEquals(List.of("8080", "true"), List.copyOf(root.keys()));
    }

    @Test
    void collectionKeysAreRejected() {
        read("? [a, b]\n: c\n");
        assertFalse(diags.errors().isEmpty());
        assertTrue(diags.errors().get(0).message().startsWith("mapping keys must be strings"));
    }

    @Test
    void anAliasUsedAsKeyIsTheAnchoredText() {
        MapNode root = read("a: &k name\n*k : v\n");
        assertEquals(List.of("a", "name"), List.copyOf(root.keys()));
        assertEquals(SourceLocation.of("compose.yaml", 1, 4), root.keyLocation("name"));
    }

    @Test
    void anAliasRefersToTheLatestAnchorOfItsName() {
        MapNode root = read("a: &x 1\nb: &x 2\nc: *x\n");
        assertEquals(2L, Nodes.toPlain(root.get("c")));
    }

    @Test
    void aSyntaxErrorIsReportedAloneEvenAfterOtherProblems() {
        assertNull(YamlReader.read("a: !vault 1\na: 2\nb: [\n", "compose.yaml", diags));
        assertEquals(1, diags.count(), diags.sorted().toString());
        assertTrue(headlines().get(0).contains("yaml syntax error"), headlines().toString());
    }

    @Test
    void anAliasBombIsReportedAloneEvenAfterOtherProblems() {
        StringBuilder yaml = new StringBuilder("x: !vault 1\nl0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int i = 1; i <= 6; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        assertNull(YamlReader.read(yaml.toString(), "compose.yaml", diags));
        assertEquals(1, diags.count(), diags.sorted().toString());
        assertTrue(headlines().get(0).contains("alias bomb"), headlines().toString());
    }
}
