package dev.jcompose.loader;

import java.util.Locale;
import java.util.regex.Pattern;

/** Docker Compose's project name rules. */
public final class ProjectNames {

    private static final Pattern VALID = Pattern.compile("^[a-z0-9][a-z0-9_-]*$");

    public static final String RULE =
            "must contain only lowercase letters, digits, '-' and '_', and start with a letter or digit";

    private ProjectNames() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** A directory name made into a project name: lower-cased, other characters dropped, leading '-'/'_' trimmed. */
    public static String fromDirectoryName(String dirName) {
        String lower = dirName.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') b.append(c);
        }
        int start = 0;
        while (start < b.length() && (b.charAt(start) == '_' || b.charAt(start) == '-')) start++;
        return b.substring(start);
    }
}
