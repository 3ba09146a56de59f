package dev.jcompose.app;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.NetworkAttachment;
import dev.jcompose.exec.ContainerFiles;
import dev.jcompose.plan.FrontConfig;
import dev.jcompose.plan.NginxConfig;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** What the engine holds of a project, found by the project label (the same label Docker Compose sets). */
public final class ProjectObserver {

    private ProjectObserver() {
    }

    /** The three listings are independent requests; networks and volumes are asked for while containers are. */
    public static ObservedProject observe(ContainerEngine engine, String project) {
        Map<String, String> filter = Map.of(Labels.PROJECT, project);
        var networks = java.util.concurrent.CompletableFuture.supplyAsync(() -> engine.listNetworks(filter));
        var volumes = java.util.concurrent.CompletableFuture.supplyAsync(() -> engine.listVolumes(filter));
        var containers = engine.listContainers(filter);
        return ObservedProject.from(project, containers, join(networks), join(volumes));
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /**
     * As {@link #observe}, plus what each running front routes to, read from the front itself. A configuration
     * whose replicas have other addresses now (a replica restarted) is left out: it must be written again.
     */
    public static ObservedProject observeWithFronts(ContainerEngine engine, String project) {
        ObservedProject observed = observe(engine, project);
        Map<String, String> configs = new HashMap<>();
        for (ObservedContainer c : observed.containers()) {
            if (!c.isFront() || !c.isRunning()) continue;
            try {
                ContainerFiles.read(engine, c.id(), FrontConfig.PATH).ifPresent(bytes -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    if (addressesHold(engine, text)) configs.put(c.service(), text);
                });
            } catch (EngineException gone) {
                // removed meanwhile: the plan sees no routes and writes them
            }
        }
        return observed.withFrontConfigs(configs);
    }

    private static boolean addressesHold(ContainerEngine engine, String config) {
        Map<String, String> routes = NginxConfig.routes(config);
        if (routes == null) return false;
        for (Map.Entry<String, String> r : routes.entrySet()) {
            try {
                ContainerDetails d = engine.inspectContainer(r.getKey());
                if (!d.state().running()) return false;
                boolean found = d.networks().values().stream().map(NetworkAttachment::ipv4Address)
                        .anyMatch(ip -> r.getValue().equals(ip) || r.getValue().equals(r.getKey()));
                if (!found) return false;
            } catch (EngineException gone) {
                return false;
            }
        }
        return true;
    }
}
