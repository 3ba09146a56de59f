package dev.jcompose.state;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.MountInfo;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.VolumeInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine holds for one project: its containers (found by the project label) and the networks and volumes
 * it was given (the caller may pass more than the project's own, e.g. external ones, so that their existence is
 * known). Containers are sorted by service, then number, then name.
 */
public record ObservedProject(String project, List<ObservedContainer> containers, List<NetworkInfo> networks,
                              List<VolumeInfo> volumes, Map<String, String> frontConfigs) {

    private static final java.util.regex.Pattern ANONYMOUS = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private static final Comparator<ObservedContainer> ORDER = Comparator
            .comparing(ObservedContainer::service)
            .thenComparingInt(ObservedContainer::number)
            .thenComparing(ObservedContainer::name);

    public ObservedProject(String project, List<ObservedContainer> containers, List<NetworkInfo> networks,
                           List<VolumeInfo> volumes) {
        this(project, containers, networks, volumes, Map.of());
    }

    public ObservedProject {
        frontConfigs = frontConfigs == null ? Map.of() : Map.copyOf(frontConfigs);
        containers = containers.stream().sorted(ORDER).toList();
        networks = networks.stream().sorted(Comparator.comparing(NetworkInfo::name)).toList();
        volumes = volumes.stream().sorted(Comparator.comparing(VolumeInfo::name)).toList();
    }

    public static ObservedProject empty(String project) {
        return new ObservedProject(project, List.of(), List.of(), List.of());
    }

    public static ObservedProject from(String project, List<ContainerSummary> containers, List<NetworkInfo> networks,
                                       List<VolumeInfo> volumes) {
        List<ObservedContainer> mine = new ArrayList<>();
        for (ContainerSummary c : containers) {
            if (project.equals(c.labels().get(Labels.PROJECT))) mine.add(observe(c));
        }
        return new ObservedProject(project, mine, networks == null ? List.of() : networks,
                volumes == null ? List.of() : volumes);
    }

    private static ObservedContainer observe(ContainerSummary c) {
        Map<String, String> labels = c.labels();
        String hash = labels.getOrDefault(Labels.JCOMPOSE_CONFIG_HASH, labels.get(Labels.CONFIG_HASH));
        String name = c.name() != null && c.name().startsWith("/") ? c.name().substring(1) : c.name();
        return new ObservedContainer(c.id(), name, labels.getOrDefault(Labels.SERVICE, ""),
                number(labels.get(Labels.CONTAINER_NUMBER)), Labels.TRUE.equalsIgnoreCase(labels.get(Labels.ONEOFF)),
                c.state(), c.health(), c.exitCode(), hash, c.image(), c.imageId(), labels, anonymousVolumes(c));
    }

    /** Volumes the engine named itself (64 hex digits): the anonymous ones, which a recreated container inherits. */
    private static Map<String, String> anonymousVolumes(ContainerSummary c) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (MountInfo m : c.mounts()) {
            if (m.type() == MountType.VOLUME && m.name() != null && ANONYMOUS.matcher(m.name()).matches()) {
                out.put(m.destination(), m.name());
            }
        }
        return out;
    }

    private static int number(String label) {
        if (label == null) return 0;
        try {
            return Integer.parseInt(label.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The service's replicas (not {@code run} ones, not its front, not retired ones), by number. */
    public List<ObservedContainer> containersOf(String service) {
        return containers.stream().filter(c -> !c.oneoff() && !c.isFront() && !c.isRetired()
                && c.service().equals(service)).toList();
    }

    /** Everything of the service the engine holds, front and retired replicas too (what {@code down} removes). */
    public List<ObservedContainer> allContainersOf(String service) {
        return containers.stream().filter(c -> !c.oneoff() && c.service().equals(service)).toList();
    }

    /** The service's front proxy, when it has one. */
    public Optional<ObservedContainer> frontOf(String service) {
        return containers.stream().filter(c -> c.isFront() && c.service().equals(service)).findFirst();
    }

    /** The replicas a rollout replaced and kept, stopped, for {@code rollback}. */
    public List<ObservedContainer> retiredOf(String service) {
        return containers.stream().filter(c -> c.isRetired() && c.service().equals(service)).toList();
    }

    /** The configuration file the service's front runs with, as read from it; null when unknown. */
    public String frontConfig(String service) {
        return frontConfigs.get(service);
    }

    /** The same observation with the fronts' configuration files read (service → file content). */
    public ObservedProject withFrontConfigs(Map<String, String> configs) {
        return new ObservedProject(project, containers, networks, volumes, configs);
    }

    /** The services that have containers here, sorted. */
    public Set<String> services() {
        Set<String> out = new LinkedHashSet<>();
        containers.forEach(c -> out.add(c.service()));
        return out;
    }

    public Optional<NetworkInfo> network(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Optional<VolumeInfo> volume(String name) {
        return volumes.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The networks labelled as this project's. */
    public List<NetworkInfo> projectNetworks() {
        return networks.stream().filter(n -> project.equals(n.labels().get(Labels.PROJECT))).toList();
    }

    /** The volumes labelled as this project's. */
    public List<VolumeInfo> projectVolumes() {
        return volumes.stream().filter(v -> project.equals(v.labels().get(Labels.PROJECT))).toList();
    }
}
