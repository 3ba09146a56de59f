package dev.jcompose.state;

import dev.jcompose.model.Project;
import dev.jcompose.model.ProjectWriter;
import dev.jcompose.model.Service;

import java.util.Map;

/** The {@link ConfigHash} of one service, over its {@code docker compose config} view. */
public final class ServiceHash {

    private ServiceHash() {
    }

    public static String of(Project project, Service service) {
        return ConfigHash.of(view(project, service));
    }

    /** The per-setting {@link ConfigFingerprint} of the same view, in its label form. */
    public static String fingerprint(Project project, Service service) {
        return ConfigFingerprint.encode(ConfigFingerprint.of(view(project, service)));
    }

    private static Map<String, ?> view(Project project, Service service) {
        Project alone = project.withServices(Map.of(service.name(), service), Map.of());
        Map<?, ?> services = (Map<?, ?>) ProjectWriter.toPlain(alone).get("services");
        @SuppressWarnings("unchecked")
        Map<String, ?> view = (Map<String, ?>) services.get(service.name());
        return view;
    }
}
