package dev.jcompose.loader.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell would (and Docker Compose does for {@code command} and
 * {@code entrypoint}): whitespace separates words, single quotes are literal, double quotes allow {@code \"},
 * {@code \\}, {@code \$} and {@code \`} escapes, and a backslash outside quotes escapes the next character.
 * No expansion of any kind takes place.
 */
final class ShellWords {

    /** Thrown for input a shell would reject, such as an unterminated quote. */
    static final class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }

    private ShellWords() {
    }

    static List<String> split(String line) throws SyntaxException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0;
                else word.append(c);
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\\') {
                if (i + 1 == line.length()) throw new SyntaxException("ends with a lone backslash");
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw new SyntaxException("has an unterminated " + (quote == '"' ? "double" : "single") + " quote");
        if (inWord) words.add(word.toString());
        return words;
    }
}
