package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) to a positioned tree: every value and every key knows its 1-based line and column, so that
 * any later stage can point into the JSON file. A byte order mark is skipped; CRLF, LF and CR all end a line.
 * Two leniencies, both reported as warnings: a duplicate key (the last value wins, as most JSON readers do) and a
 * trailing comma before {@code ]} or {@code }}.
 */
public final class JsonTreeParser {

    private final String text;
    private final String file;
    private final Diagnostics diags;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonTreeParser(String text, String file, Diagnostics diags) {
        this.text = text;
        this.file = file;
        this.diags = diags;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
    }

    /** The document's single value, or null after reporting a located syntax error. */
    public static Node parse(String text, String fileLabel, Diagnostics diags) {
        JsonTreeParser p = new JsonTreeParser(text == null ? "" : text, fileLabel, diags);
        try {
            p.skipWhitespace();
            Node root = p.value(YamlPath.ROOT);
            p.skipWhitespace();
            if (!p.atEnd()) throw p.unexpected("end of input");
            return root;
        } catch (SyntaxError e) {
            diags.error(e.location, YamlPath.ROOT, e.getMessage());
            return null;
        }
    }

    private Node value(YamlPath path) {
        if (atEnd()) throw unexpected("a JSON value");
        char c = peek();
        SourceLocation at = here();
        switch (c) {
            case '{':
                return object(path);
            case '[':
                return array(path);
            case '"':
                return ScalarNode.string(string(), at);
            default:
                if (c == '-' || isDigit(c)) return number(at);
                if (Character.isLetter(c)) return literal(at);
                throw unexpected("a JSON value");
        }
    }

    private MapNode object(YamlPath path) {
        SourceLocation at = here();
        pos++;
        List<MapNode.Entry> entries = new ArrayList<>();
        Map<String, Integer> indexByKey = new HashMap<>();
        skipWhitespace();
        if (consume('}')) return MapNode.of(entries, at);
        while (true) {
            skipWhitespace();
            if (atEnd() || peek() != '"') throw unexpected("a key in double quotes");
            SourceLocation keyAt = here();
            String key = string();
            skipWhitespace();
            if (!consume(':')) throw unexpected("':'");
            skipWhitespace();
            Node v = value(path.key(key));
            MapNode.Entry entry = new MapNode.Entry(ScalarNode.string(key, keyAt), v);
            Integer previous = indexByKey.get(key);
            if (previous != null) {
                diags.warning(keyAt, path.key(key), "duplicate key \"" + key + "\": the last value is used");
                entries.set(previous, entry);
            } else {
                indexByKey.put(key, entries.size());
                entries.add(entry);
            }
            skipWhitespace();
            if (consume('}')) return MapNode.of(entries, at);
            if (!consume(',')) throw unexpected("',' or '}'");
            if (trailingCommaBefore('}', path)) return MapNode.of(entries, at);
        }
    }

    private SeqNode array(YamlPath path) {
        SourceLocation at = here();
        pos++;
        List<Node> items = new ArrayList<>();
        skipWhitespace();
        if (consume(']')) return SeqNode.of(items, at);
        while (true) {
            skipWhitespace();
            items.add(value(path.index(items.size())));
            skipWhitespace();
            if (consume(']')) return SeqNode.of(items, at);
            if (!consume(',')) throw unexpected("',' or ']'");
            if (trailingCommaBefore(']', path)) return SeqNode.of(items, at);
        }
    }

    /** After a comma: if the container closes right away, warn about the trailing comma and consume the close. */
    private boolean trailingCommaBefore(char close, YamlPath path) {
        SourceLocation comma = location(pos - 1);
        skipWhitespace();
        if (!consume(close)) return false;
        diags.warning(comma, path, "trailing comma before '" + close + "' is not valid JSON (ignored here)");
        return true;
    }

    private String string() {
        SourceLocation start = here();
        pos++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (atEnd()) throw new SyntaxError(start, "unterminated string");
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return b.toString();
            }
            if (c == '\n' || c == '\r') {
                throw new SyntaxError(start, "unterminated string (a line break inside a string must be written \\n)");
            }
            if (c < 0x20) {
                throw new SyntaxError(here(), String.format("control character U+%04X must be escaped in a string", (int) c));
            }
            if (c == '\\') {
                b.append(escape());
            } else {
                b.append(c);
                pos++;
            }
        }
    }

    private char escape() {
        SourceLocation at = here();
        pos++;
        if (atEnd()) throw new SyntaxError(at, "unterminated string");
        char e = text.charAt(pos++);
        return switch (e) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape(at);
            default -> throw new SyntaxError(at, "invalid escape '\\" + e + "' (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        };
    }

    private char unicodeEscape(SourceLocation at) {
        if (pos + 4 > text.length()) throw new SyntaxError(at, "\\u must be followed by 4 hex digits");
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0) throw new SyntaxError(at, "\\u must be followed by 4 hex digits");
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private ScalarNode number(SourceLocation at) {
        int start = pos;
        boolean integer = true;
        consume('-');
        if (consume('0')) {
            if (!atEnd() && isDigit(peek())) throw new SyntaxError(at, "numbers must not start with a leading zero");
        } else {
            digits();
        }
        if (consume('.')) {
            integer = false;
            digits();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            integer = false;
            pos++;
            if (!consume('+')) consume('-');
            digits();
        }
        String literal = text.substring(start, pos);
        return new ScalarNode(literal, integer ? ScalarType.INT : ScalarType.FLOAT, at, Tag.NONE);
    }

    private void digits() {
        if (atEnd() || !isDigit(peek())) throw unexpected("a digit");
        while (!atEnd() && isDigit(peek())) pos++;
    }

    /** {@code true}, {@code false} or {@code null}; any other bare word is most likely a string missing its quotes. */
    private ScalarNode literal(SourceLocation at) {
        int start = pos;
        while (!atEnd() && Character.isLetterOrDigit(peek())) pos++;
        String word = text.substring(start, pos);
        return switch (word) {
            case "true" -> ScalarNode.bool(true, at);
            case "false" -> ScalarNode.bool(false, at);
            case "null" -> ScalarNode.nullNode(at);
            default -> throw new SyntaxError(at, "expected a JSON value but found '" + word
                    + "' (strings must be in double quotes)");
        };
    }

    private void skipWhitespace() {
        while (!atEnd()) {
            char c = text.charAt(pos);
            if (c == '\n' || (c == '\r' && !text.startsWith("\r\n", pos))) {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean consume(char c) {
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private SourceLocation here() {
        return location(pos);
    }

    /** Strings never span lines, so a position on the current line is found from the current line start. */
    private SourceLocation location(int offset) {
        return SourceLocation.of(file, line, offset - lineStart + 1);
    }

    private SyntaxError unexpected(String expected) {
        return new SyntaxError(here(), "expected " + expected + " but found " + describeCurrent());
    }

    private String describeCurrent() {
        if (atEnd()) return "end of input";
        char c = peek();
        if (c == '\n' || c == '\r') return "a line break";
        if (c < 0x20) return String.format("control character U+%04X", (int) c);
        return "'" + c + "'";
    }

    /** Unwinds the recursive descent to {@link #parse}; never leaves this class. */
    private static final class SyntaxError extends RuntimeException {
        private final transient SourceLocation location;

        SyntaxError(SourceLocation location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }
}
