package dev.jcompose.loader.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short volume syntax {@code [source:]target[:mode[,mode...]]}, with Windows drive letters kept in their path,
 * and the absolute container paths both syntaxes need.
 */
final class VolumeSyntax {

    static final List<String> MODES = List.of("ro", "rw", "z", "Z", "cached", "delegated", "consistent", "nocopy",
            "shared", "slave", "private", "rshared", "rslave", "rprivate");

    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private VolumeSyntax() {
    }

    /** The problem of a short-syntax volume, or null. */
    static String problemOf(String spec) {
        List<String> parts = split(spec);
        if (parts.size() > 3) {
            return "\"" + spec + "\" is not a valid volume (expected [source:]target[:mode])";
        }
        String target = parts.size() == 1 ? parts.get(0) : parts.get(1);
        if (parts.size() > 1 && parts.get(0).isEmpty()) {
            return "\"" + spec + "\" is not a valid volume (empty source)";
        }
        String p = problemOfTarget(target);
        if (p != null) return p;
        if (parts.size() == 3) {
            for (String mode : parts.get(2).split(",", -1)) {
                if (!MODES.contains(mode)) {
                    return "\"" + mode + "\" is not a valid volume mode (allowed: " + String.join(", ", MODES) + ")";
                }
            }
        }
        return null;
    }

    /** The problem of a path inside a container, which must be absolute (Linux, Windows or named pipe), or null. */
    static String problemOfTarget(String path) {
        boolean absolute = path.startsWith("/") || path.startsWith("\\\\") || WINDOWS_ABSOLUTE.matcher(path).matches();
        return absolute ? null : "\"" + path + "\" is not an absolute container path";
    }

    /** Splits on ':' but keeps a drive letter ({@code C:\data}, {@code C:/data}) with its path. */
    private static List<String> split(String spec) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) != ':') continue;
            boolean driveLetter = i - start == 1 && Character.isLetter(spec.charAt(start))
                    && i + 1 < spec.length() && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/');
            if (driveLetter) continue;
            parts.add(spec.substring(start, i));
            start = i + 1;
        }
        parts.add(spec.substring(start));
        return parts;
    }
}
