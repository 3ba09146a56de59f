package dev.jcompose.cli;

import dev.jcompose.loader.ReadAhead;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts reading and parsing the files of the project a command line names, on another thread. {@code main} calls
 * it first thing, before anything else starts up, so that the parse overlaps all of it; {@link Cli#run} calls it
 * for callers that come in there, and for the command line {@code main} already started it for does nothing.
 */
public final class ProjectReadAhead {

    /** Verbs that read no project files. */
    private static final Set<String> PROJECTLESS = Set.of("help", "version", "ls");

    /** The command line last started: the same array again (main's, passed on to Cli.run) is not looked at twice. */
    private static volatile String[] started;

    private ProjectReadAhead() {
    }

    public static void start(String[] args, Path workingDir, Map<String, String> environment) {
        if (args == started) return;
        started = args;
        Optional<CalledVerb.Call> call = CalledVerb.call(args);
        if (call.isPresent() && !PROJECTLESS.contains(call.get().verb())) {
            ReadAhead.start(workingDir, call.get().files(), call.get().projectDirectory(), environment);
        }
    }
}
