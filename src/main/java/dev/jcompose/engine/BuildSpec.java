package dev.jcompose.engine;

import java.util.List;
import java.util.Map;

/**
 * A classic (non-BuildKit) build. The context comes separately as a tar stream. {@code dockerfile} is a path inside
 * the context (null = Dockerfile); {@code target} null = last stage; {@code network} the network RUN steps use
 * (null = the engine's default); {@code shmSize} in bytes (null = the engine's default); {@code extraHosts} as
 * {@code host:ip}; {@code cacheFrom} images whose layers may serve as cache; {@code platform} null = the engine's.
 */
public record BuildSpec(List<String> tags, String dockerfile, Map<String, String> buildArgs, String target,
                        Map<String, String> labels, boolean noCache, boolean pull, String network, Long shmSize,
                        List<String> extraHosts, List<String> cacheFrom, String platform) {
    public BuildSpec {
        tags = tags == null ? List.of() : List.copyOf(tags);
        buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
        cacheFrom = cacheFrom == null ? List.of() : List.copyOf(cacheFrom);
    }

    public BuildSpec(List<String> tags, String dockerfile, Map<String, String> buildArgs, String target,
                     Map<String, String> labels, boolean noCache, boolean pull) {
        this(tags, dockerfile, buildArgs, target, labels, noCache, pull, null, null, null, null, null);
    }

    public static BuildSpec tagged(String tag) {
        return new BuildSpec(List.of(tag), null, Map.of(), null, Map.of(), false, false);
    }

    /** The same build from a Dockerfile at another path inside the context. */
    public BuildSpec withDockerfile(String path) {
        return new BuildSpec(tags, path, buildArgs, target, labels, noCache, pull, network, shmSize, extraHosts,
                cacheFrom, platform);
    }

    /** The same build with {@code --no-cache}, {@code --pull} and command-line build args laid over it. */
    public BuildSpec overriddenBy(boolean forceNoCache, boolean forcePull, Map<String, String> args) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(buildArgs);
        merged.putAll(args);
        return new BuildSpec(tags, dockerfile, merged, target, labels, noCache || forceNoCache, pull || forcePull,
                network, shmSize, extraHosts, cacheFrom, platform);
    }
}
