package dev.jcompose.model;

import java.time.Duration;

/** Durations printed the way Go's {@code time.Duration.String()} does, which is what {@code docker compose config} shows. */
public final class GoDuration {

    private GoDuration() {
    }

    /** {@code 1m30s}, {@code 10s}, {@code 1h0m0s}, {@code 500ms}, {@code 1.5s}, {@code 0s}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) return "0s";
        StringBuilder b = new StringBuilder();
        if (nanos < 0) {
            b.append('-');
            nanos = -nanos;
        }
        if (nanos < 1_000_000_000L) {
            if (nanos < 1_000L) return b.append(nanos).append("ns").toString();
            if (nanos < 1_000_000L) return b.append(fraction(nanos, 1_000L)).append("µs").toString();
            return b.append(fraction(nanos, 1_000_000L)).append("ms").toString();
        }
        long hours = nanos / 3_600_000_000_000L;
        long rest = nanos % 3_600_000_000_000L;
        long minutes = rest / 60_000_000_000L;
        long secondNanos = rest % 60_000_000_000L;
        if (hours > 0) b.append(hours).append('h');
        if (hours > 0 || minutes > 0) b.append(minutes).append('m');
        return b.append(fraction(secondNanos, 1_000_000_000L)).append('s').toString();
    }

    /** {@code value / unit} with the fraction's trailing zeros removed. */
    private static String fraction(long value, long unit) {
        long whole = value / unit;
        long frac = value % unit;
        if (frac == 0) return Long.toString(whole);
        String digits = String.format("%0" + (Long.toString(unit).length() - 1) + "d", frac);
        return whole + "." + digits.replaceAll("0+$", "");
    }
}
