package dev.jcompose.loader.interpolate;

/**
 * The escapes of a double-quoted {@code .env} value, as compose-go reads them: the C escapes {@code \a \b \f \n
 * \r \t \v \\ \"}, octal {@code \0NNN}, and {@code \$}, which becomes {@code $$} so that interpolation leaves a
 * literal dollar. Any other backslash is kept as written.
 */
final class DoubleQuoteEscapes {

    private DoubleQuoteEscapes() {
    }

    static String expand(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = raw.charAt(i + 1);
            String simple = simpleEscape(e);
            if (simple != null) {
                out.append(simple);
                i += 2;
            } else if (e == '0' && isOctal(raw, i + 2, 3)) {
                out.append((char) Integer.parseInt(raw.substring(i + 2, i + 5), 8));
                i += 5;
            } else {
                out.append(c).append(e);
                i += 2;
            }
        }
        return out.toString();
    }

    private static String simpleEscape(char e) {
        return switch (e) {
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'v' -> "\u000B";
            case '\\' -> "\\";
            case '"' -> "\"";
            case '$' -> "$$";
            default -> null;
        };
    }

    private static boolean isOctal(String s, int from, int count) {
        if (from + count > s.length()) return false;
        for (int i = from; i < from + count; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '7') return false;
        }
        return true;
    }
}
