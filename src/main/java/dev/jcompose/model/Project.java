package dev.jcompose.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved compose project: every file merged, defaults applied. Maps keep declaration order.
 * {@code disabledServices} are the services left out by profiles (kept so that commands naming them can say why).
 */
public record Project(String name, Path workingDir, List<String> configFiles, Map<String, Service> services,
                      Map<String, NetworkSpec> networks, Map<String, VolumeSpec> volumes,
                      Map<String, FileObjectSpec> secrets, Map<String, FileObjectSpec> configs,
                      Map<String, Service> disabledServices, Map<String, ModelSpec> models,
                      Map<String, Object> extensions) {

    public Project {
        Objects.requireNonNull(name, "name");
        configFiles = Copies.list(configFiles);
        services = Copies.map(services);
        networks = Copies.map(networks);
        volumes = Copies.map(volumes);
        secrets = Copies.map(secrets);
        configs = Copies.map(configs);
        disabledServices = Copies.map(disabledServices);
        models = Copies.map(models);
        extensions = Copies.map(extensions);
    }

    public Project(String name, Path workingDir, List<String> configFiles, Map<String, Service> services,
                   Map<String, NetworkSpec> networks, Map<String, VolumeSpec> volumes,
                   Map<String, FileObjectSpec> secrets, Map<String, FileObjectSpec> configs,
                   Map<String, Service> disabledServices) {
        this(name, workingDir, configFiles, services, networks, volumes, secrets, configs, disabledServices, Map.of(),
                Map.of());
    }

    public Service service(String serviceName) {
        return services.get(serviceName);
    }

    public List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    public Project withConfigFiles(List<String> files) {
        return new Project(name, workingDir, files, services, networks, volumes, secrets, configs, disabledServices,
                models, extensions);
    }

    public Project withResources(Map<String, NetworkSpec> keptNetworks, Map<String, VolumeSpec> keptVolumes,
                                 Map<String, FileObjectSpec> keptSecrets, Map<String, FileObjectSpec> keptConfigs,
                                 Map<String, ModelSpec> keptModels) {
        return new Project(name, workingDir, configFiles, services, keptNetworks, keptVolumes, keptSecrets, keptConfigs,
                disabledServices, keptModels, extensions);
    }

    /**
     * The project with the services of every profile enabled, for the verbs that act on the containers the project
     * already has ({@code down}, {@code stop}, {@code rm}, …): Docker Compose acts on them whatever profiles are
     * enabled now.
     */
    public Project withEveryProfile() {
        if (disabledServices.isEmpty()) return this;
        Map<String, Service> all = new java.util.LinkedHashMap<>(services);
        all.putAll(disabledServices);
        return withServices(all, Map.of());
    }

    public Project withServices(Map<String, Service> enabled, Map<String, Service> disabled) {
        return new Project(name, workingDir, configFiles, enabled, networks, volumes, secrets, configs, disabled,
                models, extensions);
    }
}
