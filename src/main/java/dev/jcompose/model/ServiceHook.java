package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** A {@code post_start} / {@code pre_stop} command run inside the container. */
public record ServiceHook(List<String> command, String user, boolean privileged, String workingDir,
                          Map<String, String> environment) {
    public ServiceHook {
        command = Copies.list(command);
        environment = Copies.map(environment);
    }
}
