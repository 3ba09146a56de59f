package dev.jcompose.app;

import dev.jcompose.engine.VolumeInfo;
import dev.jcompose.model.Mount;
import dev.jcompose.model.MountType;
import dev.jcompose.model.Project;
import dev.jcompose.state.Labels;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code volumes}: the project's volumes on the engine, or those that some of its services mount. */
public final class VolumeListing {

    private final StackContext ctx;

    public VolumeListing(StackContext ctx) {
        this.ctx = ctx;
    }

    /** A volume as {@code docker volume ls} lists it. */
    public record Volume(String name, String driver, String mountpoint, Map<String, String> labels) {
    }

    /** @param volumeKeys the project's volume keys to keep (as the files name them); null keeps all */
    public List<Volume> list(String project, Set<String> volumeKeys) {
        return ctx.engine().listVolumes(Map.of(Labels.PROJECT, project)).stream()
                .filter(v -> volumeKeys == null || volumeKeys.contains(v.labels().get(Labels.VOLUME)))
                .sorted(Comparator.comparing(VolumeInfo::name))
                .map(v -> new Volume(v.name(), v.driver(), v.mountpoint() == null ? "" : v.mountpoint(), v.labels()))
                .toList();
    }

    /** The keys of the project volumes the services mount (an anonymous volume has none). */
    public static Set<String> mountedBy(Project project, Collection<String> services) {
        return services.stream().flatMap(s -> project.services().get(s).volumes().stream())
                .filter(m -> m.type() == MountType.VOLUME && m.source() != null)
                .map(Mount::source)
                .collect(Collectors.toSet());
    }
}
