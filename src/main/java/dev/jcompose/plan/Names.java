package dev.jcompose.plan;

import dev.jcompose.model.NetworkSpec;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.model.VolumeSpec;

/** Engine names of a project's objects, as Docker Compose gives them. */
public final class Names {

    private Names() {
    }

    /** {@code container_name}, else {@code <project>-<service>-<number>}. */
    public static String container(String project, Service service, int number) {
        if (service.containerName() != null && !service.containerName().isEmpty()) return service.containerName();
        return container(project, service.name(), number);
    }

    public static String container(String project, String service, int number) {
        return project + "-" + service + "-" + number;
    }

    /** The first container of {@code service}, which {@code service:x} references and links point at. */
    public static String firstContainer(Project project, String service) {
        Service s = project.service(service);
        return s == null ? container(project.name(), service, 1) : container(project.name(), s, 1);
    }

    /** The engine name of the network the service knows as {@code key}. */
    public static String network(Project project, String key) {
        NetworkSpec spec = project.networks().get(key);
        return spec != null && spec.name() != null ? spec.name() : project.name() + "_" + key;
    }

    /** The engine name of the volume the service knows as {@code key}. */
    public static String volume(Project project, String key) {
        VolumeSpec spec = project.volumes().get(key);
        return spec != null && spec.name() != null ? spec.name() : project.name() + "_" + key;
    }
}
