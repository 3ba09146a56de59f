package dev.jcompose.loader.bind;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.model.FileObjectSpec;
import dev.jcompose.model.ModelSpec;
import dev.jcompose.model.NetworkSpec;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.model.VolumeSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.jcompose.loader.bind.ValueReader.child;

/** Turns the merged long-form tree into the {@link Project} model with Docker Compose v2's defaults applied. */
public final class ProjectBinder {

    public record Bound(Project project, SourceMap sourceMap) {
    }

    private ProjectBinder() {
    }

    public static Bound bind(String projectName, Path projectDir, MapNode longForm, Diagnostics diags) {
        ValueReader reader = new ValueReader(diags);
        ServiceBinder serviceBinder = new ServiceBinder(reader, projectDir);
        TopLevelBinder topLevel = new TopLevelBinder(reader, projectName);

        Map<String, Service> services = services(reader, serviceBinder, child(longForm, "services"));
        Map<String, NetworkSpec> networks = new LinkedHashMap<>(reader.eachEntry(child(longForm, "networks"),
                YamlPath.of("networks"), (n, p) -> topLevel.network(p.last(), n, p)));
        if (!networks.containsKey("default") && usesDefaultNetwork(services)) {
            networks.put("default", NetworkSpec.named(projectName + "_default"));
        }
        Map<String, VolumeSpec> volumes = reader.eachEntry(child(longForm, "volumes"), YamlPath.of("volumes"),
                (n, p) -> topLevel.volume(p.last(), n, p));
        Map<String, FileObjectSpec> secrets = reader.eachEntry(child(longForm, "secrets"), YamlPath.of("secrets"),
                (n, p) -> topLevel.fileObject(p.last(), n, p));
        Map<String, FileObjectSpec> configs = reader.eachEntry(child(longForm, "configs"), YamlPath.of("configs"),
                (n, p) -> topLevel.fileObject(p.last(), n, p));

        Map<String, ModelSpec> models = reader.eachEntry(child(longForm, "models"), YamlPath.of("models"),
                (n, p) -> topLevel.model(n, p));
        Project project = new Project(projectName, projectDir, List.of(), services, networks, volumes, secrets,
                configs, Map.of(), models, ServicePartsBinder.extensions(longForm));
        return new Bound(project, SourceMaps.of(longForm));
    }

    /**
     * The services that profiles left out, bound as the enabled ones are, so that {@code down}, {@code stop} and the
     * other verbs on existing containers know them. Their problems are not the project's: they are not reported.
     */
    public static Map<String, Service> disabledServices(Path projectDir, MapNode services) {
        if (services == null) return Map.of();
        ValueReader reader = new ValueReader(new Diagnostics());
        return services(reader, new ServiceBinder(reader, projectDir), services);
    }

    private static Map<String, Service> services(ValueReader reader, ServiceBinder binder, Node node) {
        return reader.eachEntry(node, YamlPath.of("services"),
                (n, p) -> binder.bind(p.last(), ValueReader.mapOrEmpty(n), p));
    }

    private static boolean usesDefaultNetwork(Map<String, Service> services) {
        return services.values().stream().anyMatch(s -> s.networks().containsKey("default"));
    }
}
