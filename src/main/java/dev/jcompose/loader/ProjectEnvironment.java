package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.interpolate.DotEnvParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a project is interpolated with: the shell's environment over the env files' variables
 * (later env files over earlier ones), as Docker Compose layers them.
 */
final class ProjectEnvironment {

    private ProjectEnvironment() {
    }

    /**
     * @param required whether a missing file is an error (named with --env-file) or silently skipped (.env)
     * @param what     how the files were named, for messages (e.g. "--env-file")
     */
    static Map<String, String> resolve(Map<String, String> shell, List<Path> envFiles, boolean required, String what,
                                       SourceFiles files, Diagnostics diags) {
        Map<String, String> fromFiles = new LinkedHashMap<>();
        for (Path f : envFiles) {
            if (!Files.isRegularFile(f)) {
                if (required) {
                    diags.error(SourceLocation.UNKNOWN, YamlPath.ROOT,
                            what + ": env file " + f + " not found",
                            "check the path; it is relative to the directory jcompose was started in");
                }
                continue;
            }
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Map<String, String> seen = new HashMap<>(fromFiles);
                fromFiles.putAll(DotEnvParser.parse(text, files.label(f),
                        k -> shell.containsKey(k) ? shell.get(k) : seen.get(k), diags));
            } catch (IOException e) {
                diags.error(SourceLocation.UNKNOWN, YamlPath.ROOT, what + ": cannot read " + f + ": " + e.getMessage());
            }
        }
        Map<String, String> env = new HashMap<>(fromFiles);
        env.putAll(shell);
        return env;
    }
}
