package dev.jcompose.app;

import java.util.List;

/** How {@code run} reads its string arguments, as Docker Compose does. */
public final class RunArguments {

    private RunArguments() {
    }

    /** {@code --entrypoint}: split like a POSIX shell (quotes, backslashes), no expansions. */
    public static List<String> shellWords(String line) {
        return RunOverrides.shellWords(line);
    }
}
