package dev.jcompose.loader.bind;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses byte sizes as Docker does (go-units RAMInBytes): a number, optionally fractional, and an optional
 * 1024-based unit {@code b k m g t p}, optionally followed by {@code b} or {@code ib}: {@code 512m}, {@code 1.5g},
 * {@code 1024}, {@code 2GB}.
 */
public final class ByteSizeParser {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?");

    private ByteSizeParser() {
    }

    /** The size in bytes, or null when {@code text} is not a byte size. */
    public static Long parse(String text) {
        if (text == null) return null;
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) return null;
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        int power = unit == null ? 0 : "kmgtp".indexOf(unit) + 1;
        return (long) (value * Math.pow(1024, power));
    }
}
