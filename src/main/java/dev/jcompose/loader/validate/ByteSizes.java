package dev.jcompose.loader.validate;

import java.util.regex.Pattern;

/**
 * Byte sizes as Docker reads them (go-units RAMInBytes): a number with an optional binary unit,
 * {@code 1024}, {@code 512m}, {@code 1.5g}, {@code 2GB}, {@code 64 MiB}.
 */
final class ByteSizes {

    /** -1 means "unlimited" (memswap_limit). */
    private static final Pattern SIZE = Pattern.compile("-1|(\\d+(\\.\\d+)? ?([kKmMgGtTpP])?[iI]?[bB]?)");

    private ByteSizes() {
    }

    static boolean isValid(String text) {
        return SIZE.matcher(text).matches();
    }
}
