package dev.jcompose.loader.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShellWordsTest {

    @Test
    void splitsOnRunsOfWhitespace() throws Exception {
        assertEquals(List.of("npm", "run", "dev"), ShellWords.split("  npm \t run\ndev "));
    }

    @Test
    void singleQuotesAreLiteral() throws Exception {
        assertEquals(List.of("echo", "a \\\"b\" $X"), ShellWords.split("echo 'a \\\"b\" $X'"));
    }

    @Test
    void doubleQuotesHonourOnlyShellEscapes() throws Exception {
        assertEquals(List.of("say \"hi\" \\n $"), ShellWords.split("\"say \\\"hi\\\" \\n \\$\""));
    }

    @Test
    void backslashOutsideQuotesEscapesTheNextCharacter() throws Exception {
        assertEquals(List.of("a b", "c'd"), ShellWords.split("a\\ b c\\'d"));
    }

    @Test
    void emptyQuotesAreAnEmptyWordAndAdjacentPartsJoin() throws Exception {
        assertEquals(List.of("", "ab-c"), ShellWords.split("'' a'b'\"-c\""));
    }

    @Test
    void unterminatedQuoteIsRejected() {
        assertEquals("has an unterminated double quote",
                assertThrows(ShellWords.SyntaxException.class, () -> ShellWords.split("echo \"x")).getMessage());
    }
}
