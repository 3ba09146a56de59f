package dev.jcompose.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verb a command line calls, found without building picocli's model: the first word after the global options
 * of {@link JcomposeCommand}. Empty when there is none or the global options are not all ones it knows (picocli then
 * reads the line with the whole tree and reports what is wrong).
 */
final class CalledVerb {

    /**
     * Global option name → whether it takes a value: {@link JcomposeCommand}'s options, written out because reading
     * its annotations (class loading and annotation proxies) would delay the read-ahead of the project's files.
     * A test checks the table against the annotations.
     */
    static final Map<String, Boolean> GLOBAL_OPTIONS = Map.ofEntries(
            Map.entry("-f", true), Map.entry("--file", true),
            Map.entry("-p", true), Map.entry("--project-name", true),
            Map.entry("--project-directory", true),
            Map.entry("--env-file", true),
            Map.entry("--profile", true),
            Map.entry("--progress", true),
            Map.entry("--ansi", true),
            Map.entry("--dry-run", false),
            Map.entry("--parallel", true),
            Map.entry("--stacktrace", false));

    private CalledVerb() {
    }

    /**
     * A command line's verb with the global options that say where its project is.
     *
     * @param files            the values of {@code -f}/{@code --file}, in order
     * @param projectDirectory the value of {@code --project-directory}, or null
     * @param envFiles         the values of {@code --env-file}, in order
     */
    record Call(String verb, List<String> files, String projectDirectory, List<String> envFiles) {
    }

    static Optional<String> find(String[] args) {
        return call(args).map(Call::verb);
    }

    static Optional<Call> call(String[] args) {
        List<String> files = new ArrayList<>();
        String projectDirectory = null;
        List<String> envFiles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) return Optional.of(new Call(arg, files, projectDirectory, envFiles));
            if (arg.equals("--")) return Optional.empty();
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            String value;
            Boolean takesValue = GLOBAL_OPTIONS.get(name);
            if (takesValue == null) {
                // -fcompose.yaml: a short option with its value attached
                name = arg.length() > 2 && !arg.startsWith("--") ? arg.substring(0, 2) : arg;
                if (!Boolean.TRUE.equals(GLOBAL_OPTIONS.get(name))) return Optional.empty();
                value = arg.substring(2);
            } else if (!takesValue) {
                continue;
            } else if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (name.equals("-f") || name.equals("--file")) files.add(value);
            if (name.equals("--project-directory")) projectDirectory = value;
            if (name.equals("--env-file")) envFiles.add(value);
        }
        return Optional.empty();
    }
}
