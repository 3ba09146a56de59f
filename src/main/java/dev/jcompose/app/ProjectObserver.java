package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ObservedProject;

import java.util.Map;

/** What the engine holds of a project, found by the project label (the same label Docker Compose sets). */
public final class ProjectObserver {

    private ProjectObserver() {
    }

    public static ObservedProject observe(ContainerEngine engine, String project) {
        Map<String, String> filter = Map.of(Labels.PROJECT, project);
        return ObservedProject.from(project, engine.listContainers(filter), engine.listNetworks(filter),
                engine.listVolumes(filter));
    }
}
