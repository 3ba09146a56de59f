package dev.jcompose.e2e;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.exec.ContextTars;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Local images that stand in for official ones (postgres, redis, nginx, ...) where no registry is reachable, built
 * from the contexts examples/build-standins.sh builds (examples/standins), but under names of this run's own
 * ({@code jcompose-test/standin-ROLE:RUN}), so no image a user has is ever replaced. The examples take their images from variables; tests point those at these.
 * {@link #close()} removes exactly the images built here.
 */
final class StandIns implements AutoCloseable {

    private static final Path CONTEXT = Path.of("examples/standins/busybox");
    private static final Path OFFICIAL_NGINX_CONTEXT = Path.of("examples/standins/nginx");

    private final ContainerEngine engine;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> built = new LinkedHashMap<>();

    StandIns(ContainerEngine engine) {
        this.engine = engine;
    }

    /** The stand-in image for {@code role}, built on first use. */
    String image(String role) throws IOException {
        return build(role, CONTEXT, Map.of("ROLE", role));
    }

    /**
     * A real nginx standing in for the official image where an example relies on what that image does (rendering
     * templates, {@code wget} for healthchecks), built on first use from {@link RolloutE2ETest#FRONT_IMAGE}.
     */
    String officialNginx() throws IOException {
        return build("official-nginx", OFFICIAL_NGINX_CONTEXT, Map.of());
    }

    private synchronized String build(String role, Path context, Map<String, String> args) throws IOException {
        String existing = built.get(role);
        if (existing != null) return existing;
        String tag = "jcompose-test/standin-" + role + ":" + run;
        engine.buildImage(new ByteArrayInputStream(ContextTars.of(context)),
                new BuildSpec(List.of(tag), null, args, null, Map.of(), false, false), e -> { });
        built.put(role, tag);
        return tag;
    }

    @Override
    public synchronized void close() {
        for (String tag : built.values()) {
            try {
                engine.removeImage(tag, true);
            } catch (RuntimeException e) {
                // still in use by a container a failed test left behind; Stack.close removes that first
            }
        }
        built.clear();
    }
}
