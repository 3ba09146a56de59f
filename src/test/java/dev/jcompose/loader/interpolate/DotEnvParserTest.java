package dev.jcompose.loader.interpolate;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DotEnvParserTest {

    private final Diagnostics diags = new Diagnostics();
    private Map<String, String> env = Map.of();

    private LinkedHashMap<String, String> parse(String text) {
        return DotEnvParser.parse(text, ".env", env::get, diags);
    }

    private String single(String line) {
        LinkedHashMap<String, String> out = parse(line);
        assertTrue(diags.isEmpty(), () -> diags.sorted().toString());
        assertEquals(1, out.size(), out::toString);
        return out.values().iterator().next();
    }

    private List<String> headlines() {
        return diags.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void readsKeysInOrderSkippingBlankLinesAndComments() {
        var out = parse("""
                # settings
                A=1

                  # indented comment
                B=two
                export C=3
                D: yaml-style
                """);
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(out.keySet()));
        assertEquals(Map.of("A", "1", "B", "two", "C", "3", "D", "yaml-style"), out);
        assertTrue(diags.isEmpty());
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", value = {
            "FOO=bar                          | bar",
            "FOO =bar                         | bar",
            "FOO= bar                         | bar",
            "FOO=bar   \t                     | bar",
            "FOO=bar # a comment              | bar",
            "FOO=bar#baz                      | bar#baz",
            "FOO=foobar=                      | foobar=",
            "FOO=postgres://h:5432/db?ssl=no  | postgres://h:5432/db?ssl=no",
            "FOO=                             | ``",
            "`FOO=\"\"`                       | ``",
            "export  FOO=2                    | 2",
            "exportFOO=2                      | 2",
            "FOO.BAR-baz[0]=x                 | x",
            "`FOO='bar # not a comment' # yes` | bar # not a comment",
            "`FOO=\"bar#baz\" # comment`      | bar#baz",
            "`FOO=\"escaped\\\"quote\"`       | escaped\"quote",
            "`FOO=\"'single' inside\"`        | 'single' inside",
            "`FOO='\\n stays'`                | \\n stays",
            "`FOO='$NOT expanded'`            | $NOT expanded",
            "`FOO='it\\'s'`                   | it's",
    })
    void parsesValues(String line, String expected) {
        assertEquals(expected, single(line));
    }

    @Test
    void doubleQuotesUnderstandEscapes() {
        assertEquals("a\nb\tc\\d\"e", single("FOO=\"a\\nb\\tc\\\\d\\\"e\""));
        assertEquals("keep \\q", single("FOO=\"keep \\q\""));
        assertEquals("S", single("FOO=\"\\0123\""));
    }

    @Test
    void doubleQuotedValuesMaySpanLines() {
        var out = parse("""
                CERT="line one
                line two"
                NEXT=after
                """);
        assertEquals(Map.of("CERT", "line one\nline two", "NEXT", "after"), out);
        assertTrue(diags.isEmpty());
    }

    @Test
    void interpolatesFromEarlierLines() {
        var out = parse("""
                HOST=db
                URL=postgres://${HOST}:5432
                BARE=$HOST
                QUOTED="at $HOST"
                LITERAL='at $HOST'
                ESCAPED="\\$HOST and $$HOST"
                DEFAULTED=${PORT:-5432}
                """);
        assertEquals("postgres://db:5432", out.get("URL"));
        assertEquals("db", out.get("BARE"));
        assertEquals("at db", out.get("QUOTED"));
        assertEquals("at $HOST", out.get("LITERAL"));
        assertEquals("$HOST and $HOST", out.get("ESCAPED"));
        assertEquals("5432", out.get("DEFAULTED"));
        assertTrue(diags.isEmpty(), () -> diags.sorted().toString());
    }

    @Test
    void theLookupWinsOverEarlierLinesAsInCompose() {
        env = Map.of("HOST", "from-shell");
        assertEquals("from-shell", parse("HOST=db\nURL=$HOST\n").get("URL"));
    }

    @Test
    void unsetVariablesWarnOnceAtTheirFirstUse() {
        var out = parse("A=$MISSING\nB=${MISSING}x\n");
        assertEquals(Map.of("A", "", "B", "x"), out);
        assertEquals(List.of(".env:1:3: The \"MISSING\" variable is not set. Defaulting to a blank string."),
                headlines());
    }

    @Test
    void bareKeyTakesItsValueFromTheLookupOrIsLeftOut() {
        env = Map.of("FROM_SHELL", "shell value");
        var out = parse("FROM_SHELL\nNOT_SET\nLAST=1\n");
        assertEquals(Map.of("FROM_SHELL", "shell value", "LAST", "1"), out);
        assertEquals(Map.of("FROM_SHELL", "shell value"), parse("FROM_SHELL"));
    }

    @Test
    void crlfAndByteOrderMarkAreAccepted() {
        var out = parse("\uFEFFA=1\r\nB=\"x\r\ny\"\r\n");
        assertEquals(Map.of("A", "1", "B", "x\ny"), out);
    }

    @Test
    void digitLeadingNamesAreAcceptedAsComposeDoes() {
        assertEquals(Map.of("1FOO", "x"), parse("1FOO=x"));
    }

    @Test
    void invalidCharacterInNameIsALocatedError() {
        var out = parse("OK=1\n\nlol$wut=2\nNEVER=3\n");
        assertEquals(List.of(".env:3:4: unexpected character \"$\" in variable name \"lol$wut=2\""), headlines());
        assertEquals(Map.of("OK", "1"), out, "parsing stops at the first bad statement");
    }

    @Test
    void nameWithSpaceIsAnError() {
        parse("MY VAR=1\n");
        assertEquals(List.of(".env:1:1: invalid variable name \"MY VAR\": names cannot contain spaces"), headlines());
    }

    @Test
    void missingNameIsAnError() {
        parse("=value\n");
        assertEquals(List.of(".env:1:1: missing variable name before \"=\""), headlines());
    }

    @Test
    void unterminatedQuoteIsAnError() {
        parse("A=1\nB=\"never closed\nC=3\n");
        assertEquals(List.of(".env:2:3: unterminated quoted value \"never closed"), headlines());
    }

    @Test
    void textAfterClosingQuoteIsAnError() {
        parse("A=\"x\" y\n");
        assertEquals(List.of(".env:1:7: unexpected text after the closing quote: \"y\""), headlines());
    }

    @Test
    void interpolationErrorsAreLocatedAtTheValueAndParsingGoesOn() {
        var out = parse("A=ok\nB=${OOPS\nC=${REQ:?needed}\nD=last\n");
        assertEquals(List.of(".env:2:3: invalid interpolation format: \"${OOPS\"",
                ".env:3:3: required variable REQ is missing a value: needed"), headlines());
        assertEquals("last", out.get("D"));
    }

    @Test
    void requiredVariableErrorIsReported() {
        parse("C=\"${REQ:?needed}\"\n");
        assertEquals(List.of(".env:1:3: required variable REQ is missing a value: needed"), headlines());
    }
}
