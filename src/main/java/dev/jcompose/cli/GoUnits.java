package dev.jcompose.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/** Sizes and durations written as the docker CLI writes them (its go-units library). */
final class GoUnits {
    private static final String[] DECIMAL = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

    private GoUnits() {
    }

    /** {@code 1.99MB}: decimal units, three significant digits ({@code HumanSizeWithPrecision(size, 3)}). */
    static String humanSize(double bytes) {
        return custom(bytes, 1000, DECIMAL, 3);
    }

    /** {@code 1.527MiB}: binary units, four significant digits ({@code BytesSize}). */
    static String bytesSize(double bytes) {
        return custom(bytes, 1024, BINARY, 4);
    }

    private static String custom(double size, double base, String[] units, int precision) {
        int i = 0;
        while (size >= base && i < units.length - 1) {
            size /= base;
            i++;
        }
        return formatG(size, precision) + units[i];
    }

    /** Go's {@code %.<precision>g}: significant digits, no trailing zeros, an exponent once the digits run out. */
    static String formatG(double value, int precision) {
        if (value == 0) return "0";
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            return mantissa.toPlainString() + "e" + sign + String.format("%02d", Math.abs(exponent));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** {@code 5 seconds}, {@code About a minute}, {@code 3 hours}, {@code 2 weeks}: go-units' HumanDuration. */
    static String humanDuration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 1) return "Less than a second";
        if (seconds == 1) return "1 second";
        if (seconds < 60) return seconds + " seconds";
        long minutes = d.toMinutes();
        if (minutes == 1) return "About a minute";
        if (minutes < 60) return minutes + " minutes";
        long hours = Math.round(d.toMillis() / 3_600_000.0);
        if (hours == 1) return "About an hour";
        if (hours < 48) return hours + " hours";
        if (hours < 24 * 7 * 2) return hours / 24 + " days";
        if (hours < 24 * 30 * 2) return hours / 24 / 7 + " weeks";
        if (hours < 24 * 365 * 2) return hours / 24 / 30 + " months";
        return d.toHours() / 24 / 365 + " years";
    }
}
