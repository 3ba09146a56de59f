package dev.jcompose.app;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.state.Labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code ls}: the Compose projects on the engine, found by the project label of their containers. */
public final class ProjectListing {

    /**
     * @param status      {@code running(2), exited(1)}: how many containers are in each state, states sorted
     * @param configFiles the compose files the containers were made from, comma-separated; {@code N/A} when one
     *                    container does not say
     */
    public record Stack(String name, String status, String configFiles) {
    }

    private final StackContext ctx;

    public ProjectListing(StackContext ctx) {
        this.ctx = ctx;
    }

    /** @param all include projects whose containers are all stopped (only running containers count otherwise) */
    public List<Stack> list(boolean all) {
        Map<String, List<ContainerSummary>> byProject = new TreeMap<>();
        Map<String, String> anyProject = new HashMap<>();
        anyProject.put(Labels.PROJECT, null);
        for (ContainerSummary c : ctx.engine().listContainers(anyProject)) {
            if (!all && !"running".equals(c.state())) continue;
            byProject.computeIfAbsent(c.labels().get(Labels.PROJECT), k -> new ArrayList<>()).add(c);
        }
        List<Stack> out = new ArrayList<>();
        byProject.forEach((name, containers) -> out.add(new Stack(name, status(containers), configFiles(containers))));
        return out;
    }

    static String status(List<ContainerSummary> containers) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ContainerSummary c : containers) counts.merge(c.state(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        counts.forEach((state, n) -> parts.add(state + "(" + n + ")"));
        return String.join(", ", parts);
    }

    static String configFiles(List<ContainerSummary> containers) {
        Set<String> files = new LinkedHashSet<>();
        for (ContainerSummary c : containers) {
            String label = c.labels().get(Labels.CONFIG_FILES);
            if (label == null) return "N/A";
            files.addAll(Arrays.asList(label.split(",")));
        }
        return String.join(",", files);
    }
}
