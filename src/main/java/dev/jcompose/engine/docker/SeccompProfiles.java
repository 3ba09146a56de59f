package dev.jcompose.engine.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A seccomp profile named by its file ({@code seccomp=/path/profile.json}) as the engine takes it: the file's JSON,
 * compacted, in place of the path. The docker CLI reads the file on the client's side as well, so this works with
 * a remote engine.
 */
final class SeccompProfiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeccompProfiles() {
    }

    /** {@code seccomp=<file>} (or {@code seccomp:<file>}) → {@code seccomp=<the file's JSON>}. */
    static String inline(String option) {
        String file = option.substring("seccomp=".length()).strip();
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (java.nio.file.NoSuchFileException e) {
            // no cause kept: a missing file down the chain would read as an unreachable engine
            throw new IllegalArgumentException("opening seccomp profile (" + file + ") failed: no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("opening seccomp profile (" + file + ") failed: " + e.getMessage());
        }
        try {
            return "seccomp=" + JSON.writeValueAsString(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("seccomp profile " + file + " is not JSON: "
                    + e.getOriginalMessage());
        }
    }
}
