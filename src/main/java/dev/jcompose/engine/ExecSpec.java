package dev.jcompose.engine;

import java.util.List;
import java.util.Map;

/** A command to run in a running container. */
public record ExecSpec(List<String> cmd, Map<String, String> env, String user, String workingDir, boolean tty,
                       boolean attachStdin, boolean privileged) {
    public ExecSpec {
        cmd = List.copyOf(cmd);
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    public static ExecSpec of(String... cmd) {
        return new ExecSpec(List.of(cmd), Map.of(), null, null, false, false, false);
    }
}
