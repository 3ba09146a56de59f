package dev.jcompose.loader.bind;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations the way compose does (Go's {@code time.ParseDuration} plus the {@code d} and {@code w} units of
 * str2duration): a sequence of decimal numbers with units, {@code 1m30s}, {@code 1.5h}, {@code 500ms}, {@code 2d}.
 * A bare {@code 0} is zero; other numbers without a unit are rejected, as in Go.
 */
public final class GoDurationParser {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h|d|w)");

    private GoDurationParser() {
    }

    /** The duration, or null when {@code text} is not a valid duration. */
    public static Duration parse(String text) {
        if (text == null) return null;
        String s = text.trim();
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        if (s.equals("0")) return Duration.ZERO;
        if (s.isEmpty()) return null;
        Matcher m = PART.matcher(s);
        int at = 0;
        double nanos = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) return null;
            nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
            at = m.end();
        }
        long total = Math.round(nanos);
        return Duration.ofNanos(negative ? -total : total);
    }

    private static double unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us", "µs", "μs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            case "d" -> 86400e9;
            case "w" -> 7 * 86400e9;
            default -> throw new IllegalStateException(unit);
        };
    }
}
