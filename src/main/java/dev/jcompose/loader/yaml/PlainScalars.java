package dev.jcompose.loader.yaml;

import dev.jcompose.loader.tree.ScalarType;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves an unquoted scalar the way Docker Compose v2 reads it: the YAML 1.2 core schema, plus go-yaml's reading
 * of a leading {@code 0} as octal, so that {@code mode: 0440} means what compose users expect.
 */
final class PlainScalars {

    record Resolved(ScalarType type, String text) {
    }

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern LEADING_ZERO_OCTAL = Pattern.compile("([-+]?)0([0-7]+)");
    private static final Pattern OCTAL = Pattern.compile("([-+]?)0o([0-7]+)");
    private static final Pattern HEX = Pattern.compile("([-+]?)0x([0-9a-fA-F]+)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("([-+]?)\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private PlainScalars() {
    }

    /** Type and canonical text of a plain scalar: {@code 0x1F} → {@code 31}, {@code .inf} → {@code Infinity}. */
    static Resolved resolve(String plain) {
        if (NULLS.contains(plain)) return new Resolved(ScalarType.NULL, null);
        if (TRUES.contains(plain)) return new Resolved(ScalarType.BOOL, "true");
        if (FALSES.contains(plain)) return new Resolved(ScalarType.BOOL, "false");
        if (cannotBeNumber(plain)) return new Resolved(ScalarType.STRING, plain);
        if (isCanonicalDecimal(plain)) return new Resolved(ScalarType.INT, plain);
        if (hasTwoDots(plain)) return new Resolved(ScalarType.STRING, plain);
        String integer = integerText(plain);
        if (integer != null) return new Resolved(ScalarType.INT, integer);
        if (FLOAT.matcher(plain).matches()) return new Resolved(ScalarType.FLOAT, plain);
        var inf = INFINITY.matcher(plain);
        if (inf.matches()) return new Resolved(ScalarType.FLOAT, inf.group(1).equals("-") ? "-Infinity" : "Infinity");
        if (NAN.matcher(plain).matches()) return new Resolved(ScalarType.FLOAT, "NaN");
        return new Resolved(ScalarType.STRING, plain);
    }

    /** Every number form starts with a digit, a sign or a dot: most strings are told apart without a regex. */
    private static boolean cannotBeNumber(String plain) {
        char first = plain.charAt(0);
        return !(first >= '0' && first <= '9') && first != '-' && first != '+' && first != '.';
    }

    /** Ports, sizes, counts: digits without a sign or a leading zero, already in canonical form. */
    private static boolean isCanonicalDecimal(String plain) {
        if (plain.length() > 1 && plain.charAt(0) == '0') return false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** No number form has two dots: addresses and versions ({@code 127.0.0.1}, {@code 1.2.3}) are strings. */
    private static boolean hasTwoDots(String plain) {
        int first = plain.indexOf('.');
        return first >= 0 && plain.indexOf('.', first + 1) >= 0;
    }

    private static String integerText(String plain) {
        var m = LEADING_ZERO_OCTAL.matcher(plain);
        if (m.matches()) return signed(m.group(1), new BigInteger(m.group(2), 8));
        m = OCTAL.matcher(plain);
        if (m.matches()) return signed(m.group(1), new BigInteger(m.group(2), 8));
        m = HEX.matcher(plain);
        if (m.matches()) return signed(m.group(1), new BigInteger(m.group(2), 16));
        if (DECIMAL.matcher(plain).matches()) return new BigInteger(plain).toString();
        return null;
    }

    private static String signed(String sign, BigInteger magnitude) {
        return (sign.equals("-") ? magnitude.negate() : magnitude).toString();
    }
}
