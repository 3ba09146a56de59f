package dev.jcompose.loader.interpolate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;

import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * Reads a {@code .env} file with Docker Compose v2's rules (compose-go's dotenv):
 * <ul>
 *   <li>{@code KEY=VALUE} or {@code KEY: VALUE}, optionally after {@code export}; blank lines and {@code #} lines
 *   are skipped; names are letters, digits and {@code _ . - [ ]};</li>
 *   <li>unquoted values are trimmed, lose a trailing {@code " #"} comment, and are interpolated;</li>
 *   <li>single-quoted values are literal; double-quoted values may span lines, understand {@code \n \t \\ \" \$}
 *   and other C escapes, and are interpolated;</li>
 *   <li>{@code KEY} alone takes its value from the lookup, and is left out when the lookup has none.</li>
 * </ul>
 * Variables inside values resolve against the lookup first, then earlier lines of the file, as compose-go does (so
 * a value exported in the shell wins everywhere). The first malformed statement stops the parse with a located
 * error; what was read before it is returned.
 */
public final class DotEnvParser {

    private final String src;
    private final String file;
    private final Diagnostics diags;
    private final LinkedHashMap<String, String> out = new LinkedHashMap<>();
    private final Function<String, String> lookup;
    private final Interpolator interpolator;
    private int pos;

    private DotEnvParser(String src, String file, Function<String, String> lookup, Diagnostics diags) {
        this.src = src;
        this.file = file;
        this.diags = diags;
        this.lookup = lookup;
        this.interpolator = new Interpolator(name -> {
            String v = lookup.apply(name);
            return v != null ? v : out.get(name);
        }, diags);
    }

    public static LinkedHashMap<String, String> parse(String text, String fileLabel, Function<String, String> lookup,
                                                      Diagnostics diags) {
        String src = text.replace("\r\n", "\n");
        if (src.startsWith("\uFEFF")) src = src.substring(1);
        DotEnvParser p = new DotEnvParser(src, fileLabel, lookup, diags);
        while (p.nextStatement()) {
            if (!p.statement()) break;
        }
        return p.out;
    }

    /** Skips blank space and comment lines; false at the end of the file. */
    private boolean nextStatement() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '#') {
                int eol = src.indexOf('\n', pos);
                pos = eol < 0 ? src.length() : eol;
            } else if (Character.isWhitespace(c) || isSpace(c)) {
                pos++;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Reads one statement; false (after reporting) when it is malformed. */
    private boolean statement() {
        skipExportKeyword();
        int keyStart = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '=' || c == ':' || c == '\n') break;
            if (!isSpace(c) && !isNameChar(c)) {
                return fail(pos, "unexpected character \"" + c + "\" in variable name \""
                        + restOfLine(keyStart) + "\"");
            }
            pos++;
        }
        String key = src.substring(keyStart, pos).strip();
        if (key.isEmpty()) return fail(keyStart, "missing variable name before \"" + src.charAt(pos) + "\"");
        if (key.chars().anyMatch(DotEnvParser::isSpace)) {
            return fail(keyStart, "invalid variable name \"" + key + "\": names cannot contain spaces");
        }
        if (pos >= src.length() || src.charAt(pos) == '\n') {
            String inherited = lookup.apply(key);
            if (inherited != null) out.put(key, inherited);
            return true;
        }
        pos++;
        while (pos < src.length() && isSpace(src.charAt(pos))) pos++;
        String value = pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
                ? quotedValue()
                : unquotedValue();
        if (value == null) return false;
        out.put(key, value);
        return true;
    }

    private void skipExportKeyword() {
        int after = pos + "export".length();
        if (src.startsWith("export", pos) && after < src.length() && isSpace(src.charAt(after))) {
            pos = after;
            while (pos < src.length() && isSpace(src.charAt(pos))) pos++;
        }
    }

    private String unquotedValue() {
        int start = pos;
        int eol = src.indexOf('\n', pos);
        pos = eol < 0 ? src.length() : eol;
        String raw = src.substring(start, pos);
        int comment = raw.indexOf(" #");
        if (comment >= 0) raw = raw.substring(0, comment);
        return interpolate(raw.stripTrailing(), start);
    }

    private String quotedValue() {
        int open = pos;
        char quote = src.charAt(pos++);
        StringBuilder raw = new StringBuilder();
        boolean escaped = false;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (escaped) {
                // an escaped quote loses its backslash; any other escape is kept for expandEscapes
                if (c != quote) raw.append('\\');
                raw.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == quote) {
                return afterClosingQuote() ? finish(quote, raw.toString(), open) : null;
            } else {
                raw.append(c);
            }
        }
        fail(open, "unterminated quoted value " + restOfLine(open));
        return null;
    }

    private String finish(char quote, String raw, int open) {
        return quote == '\'' ? raw : interpolate(DoubleQuoteEscapes.expand(raw), open);
    }

    /** Only blanks and a comment may follow a closing quote on its line. */
    private boolean afterClosingQuote() {
        int p = pos;
        while (p < src.length() && isSpace(src.charAt(p))) p++;
        if (p >= src.length() || src.charAt(p) == '\n' || src.charAt(p) == '#') {
            pos = p;
            return true;
        }
        fail(p, "unexpected text after the closing quote: \"" + restOfLine(p) + "\"");
        return false;
    }

    private String interpolate(String value, int at) {
        return interpolator.string(value, location(at), YamlPath.ROOT);
    }

    private boolean fail(int at, String message) {
        diags.error(location(at), YamlPath.ROOT, message);
        return false;
    }

    private String restOfLine(int from) {
        int eol = src.indexOf('\n', from);
        return src.substring(from, eol < 0 ? src.length() : eol).stripTrailing();
    }

    private SourceLocation location(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourceLocation.of(file, line, src.codePointCount(lineStart, Math.min(offset, src.length())) + 1);
    }

    /** Blank within a line: compose-go's set, which leaves out the line break. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == 0xA0;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
    }
}
