package dev.jcompose.loader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Placeholder for the lead's LoadRequest; replaced at merge. Null/empty = not given on the command line. */
public record LoadRequest(List<String> files, String projectName, String projectDirectory, List<String> envFiles,
        List<String> profiles, Map<String, String> environment, Path workingDir, boolean interpolate,
        Supplier<String> stdin) {
}
