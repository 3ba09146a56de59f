package dev.jcompose.engine.docker;

import com.github.dockerjava.api.command.BuildImageCmd;
import dev.jcompose.engine.BuildSpec;

import java.util.LinkedHashSet;

/** The build settings beyond tags, Dockerfile, args, target and labels, set on docker-java's build command. */
final class BuildOptions {

    private BuildOptions() {
    }

    static void apply(BuildSpec spec, BuildImageCmd cmd) {
        if (spec.network() != null) cmd.withNetworkMode(spec.network());
        if (spec.shmSize() != null) cmd.withShmsize(spec.shmSize());
        if (!spec.extraHosts().isEmpty()) cmd.withExtraHosts(new LinkedHashSet<>(spec.extraHosts()));
        if (!spec.cacheFrom().isEmpty()) cmd.withCacheFrom(new LinkedHashSet<>(spec.cacheFrom()));
        if (spec.platform() != null) cmd.withPlatform(spec.platform());
    }
}
