package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.VolumeInfo;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.model.Project;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ServiceHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects loaded from compose text, and engine listings that look like what an earlier {@code up} left. */
final class Fixtures {

    private Fixtures() {
    }

    static Project load(Path dir, String yaml) {
        try {
            Files.writeString(dir.resolve("compose.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProjectLoader().load(LoadRequest.in(dir, Map.of()).withProjectName("demo")).project();
    }

    /** A container as {@code up} would have made it for the current configuration of {@code service}. */
    static ContainerSummary running(Project p, String service, int number) {
        return container(p, service, number, "running", ServiceHash.of(p, p.service(service)));
    }

    static ContainerSummary container(Project p, String service, int number, String state, String hash) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.PROJECT, p.name());
        labels.put(Labels.SERVICE, service);
        labels.put(Labels.CONTAINER_NUMBER, Integer.toString(number));
        labels.put(Labels.ONEOFF, "False");
        labels.put(Labels.JCOMPOSE_CONFIG_HASH, hash);
        String name = p.name() + "-" + service + "-" + number;
        return new ContainerSummary("id-" + name, "/" + name, "img", "sha256:img", labels, state, state, null,
                Instant.EPOCH, null, List.of());
    }

    static NetworkInfo network(String name, String project) {
        Map<String, String> labels = project == null ? Map.of() : Map.of(Labels.PROJECT, project);
        return new NetworkInfo("id-" + name, name, "bridge", false, false, Map.of(), labels, List.of());
    }

    static VolumeInfo volume(String name, String project) {
        Map<String, String> labels = project == null ? Map.of() : Map.of(Labels.PROJECT, project);
        return new VolumeInfo(name, "local", "/var/lib/docker/volumes/" + name, Map.of(), labels);
    }
}
