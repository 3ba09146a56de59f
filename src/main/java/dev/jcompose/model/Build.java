package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** How to build the service's image. {@code context} is absolute or a URL; {@code dockerfile} defaults to "Dockerfile". */
public record Build(String context, String dockerfile, String dockerfileInline, List<String> entitlements,
                    Map<String, String> args, String provenance, String sbom, Map<String, String> ssh,
                    Map<String, String> labels, List<String> cacheFrom, List<String> cacheTo, boolean noCache,
                    List<String> noCacheFilter, Map<String, String> additionalContexts, boolean pull,
                    Map<String, List<String>> extraHosts, String isolation, String network, String target,
                    List<FileRef> secrets, Long shmSize, List<String> tags, Map<String, Ulimit> ulimits,
                    List<String> platforms, boolean privileged, Map<String, Object> extensions) {

    public Build {
        entitlements = Copies.list(entitlements);
        args = Copies.map(args);
        ssh = Copies.map(ssh);
        labels = Copies.map(labels);
        cacheFrom = Copies.list(cacheFrom);
        cacheTo = Copies.list(cacheTo);
        noCacheFilter = Copies.list(noCacheFilter);
        additionalContexts = Copies.map(additionalContexts);
        extraHosts = Copies.map(extraHosts);
        secrets = Copies.list(secrets);
        tags = Copies.list(tags);
        ulimits = Copies.map(ulimits);
        platforms = Copies.list(platforms);
        extensions = Copies.map(extensions);
    }

    /** A build of {@code context} with the default Dockerfile and nothing else set. */
    public static Build of(String context) {
        return new Build(context, "Dockerfile", null, null, null, null, null, null, null, null, null, false, null,
                null, false, null, null, null, null, null, null, null, null, null, false, Map.of());
    }
}
