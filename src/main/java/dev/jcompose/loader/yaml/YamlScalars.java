package dev.jcompose.loader.yaml;

import dev.jcompose.loader.tree.ScalarType;

import java.util.Set;
import java.util.regex.Pattern;

/** How {@link YamlWriter} prints a string: plain when it reads back as the same string, double-quoted otherwise. */
final class YamlScalars {

    /** YAML 1.1 booleans: strings to us, but other readers (docker-compose v1, PyYAML) would take them as bools. */
    private static final Set<String> YAML11_BOOLS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF");
    /** Numbers to some YAML readers though strings to ours: sexagesimal, underscored, binary, dates. */
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|[-+]?[0-9][0-9_]*|[-+]?0b[01_]+"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
    private static final String ALWAYS_INDICATORS = ",[]{}#&*!|>'\"%@`";
    private static final String INDICATORS_BEFORE_SPACE = "-?:";

    private YamlScalars() {
    }

    static String format(String s) {
        return needsQuotes(s) ? doubleQuoted(s) : s;
    }

    static boolean needsQuotes(String s) {
        if (isPlainWord(s)) return false;
        if (s.isEmpty()) return true;
        if (PlainScalars.resolve(s).type() != ScalarType.STRING) return true;
        char first = s.charAt(0);
        if (YAML11_BOOLS.contains(s) || mayLookLikeNumber(first) && !isDigitsAndDots(s)
                && NUMBER_LIKE.matcher(s).matches()) {
            return true;
        }
        if (s.equals("<<")) return true;
        if (ALWAYS_INDICATORS.indexOf(first) >= 0) return true;
        if (INDICATORS_BEFORE_SPACE.indexOf(first) >= 0 && (s.length() == 1 || s.charAt(1) == ' ')) return true;
        if (s.startsWith("---") || s.startsWith("...")) return true;
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) return true;
        if (Character.isWhitespace(first) || Character.isWhitespace(s.charAt(s.length() - 1))) return true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == '\t' || c == 0x85 || c == 0x2028 || c == 0x2029 || !isPrintable(c)) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /** Words that read back as something other than a string, though made of letters: booleans and null. */
    private static final Set<String> KEYWORDS = Set.of("true", "True", "TRUE", "false", "False", "FALSE", "null",
            "Null", "NULL");

    /**
     * The common case, answered without the scalar resolver: a letter, then letters, digits and {@code _ - . /},
     * and not a keyword. Such a string is never a number, a date, an indicator or a special float.
     */
    private static boolean isPlainWord(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.' && c != '/') {
                return false;
            }
        }
        return !KEYWORDS.contains(s) && !YAML11_BOOLS.contains(s);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Digits and dots only (an address, a version): none of the forms {@link #NUMBER_LIKE} matches. */
    private static boolean isDigitsAndDots(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '.') return false;
        }
        return true;
    }

    private static boolean mayLookLikeNumber(char first) {
        return (first >= '0' && first <= '9') || first == '-' || first == '+';
    }

    /** YAML's c-printable set, without line breaks; plain scalars also avoid the YAML 1.1 breaks NEL, LS and PS. */
    private static boolean isPrintable(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 0 -> b.append("\\0");
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case 0x0B -> b.append("\\v");
                case '\f' -> b.append("\\f");
                case '\r' -> b.append("\\r");
                case 0x1B -> b.append("\\e");
                case 0x85 -> b.append("\\N");
                default -> {
                    if (c >= 0x20 && c != 0x2028 && c != 0x2029 && isPrintable(c)) b.appendCodePoint(c);
                    else if (c <= 0xFF) b.append(String.format("\\x%02X", c));
                    else if (c <= 0xFFFF) b.append(String.format("\\u%04X", c));
                    else b.append(String.format("\\U%08X", c));
                }
            }
        });
        return b.append('"').toString();
    }
}
