package dev.jcompose.cli;

import dev.jcompose.loader.ReadAhead;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts reading and parsing the files of the project a command line names, on another thread. {@code main} calls
 * it first thing, before anything else starts up, so that the parse overlaps all of it; {@link Cli#run} calls it
 * again for callers that come in there (a second start for the same files does nothing).
 */
public final class ProjectReadAhead {

    /** Verbs that read no project files. */
    private static final Set<String> PROJECTLESS = Set.of("help", "version", "ls");

    private ProjectReadAhead() {
    }

    public static void start(String[] args, Path workingDir, Map<String, String> environment) {
        Optional<CalledVerb.Call> call = CalledVerb.call(args);
        if (call.isPresent() && !PROJECTLESS.contains(call.get().verb())) {
            ReadAhead.start(workingDir, call.get().files(), call.get().projectDirectory(), environment);
        }
    }
}
