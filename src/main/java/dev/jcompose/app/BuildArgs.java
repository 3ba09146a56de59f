package dev.jcompose.app;

import dev.jcompose.model.Build;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Build args declared without a value ({@code args: [VERSION]}, {@code --build-arg VERSION}) take the value of that
 * variable in the project's environment, as Docker Compose resolves them; an unset one is left out of the build.
 */
public final class BuildArgs {

    private BuildArgs() {
    }

    /** {@code project} with every service's valueless build args resolved from {@code environment}. */
    public static Project resolved(Project project, Map<String, String> environment) {
        Map<String, Service> services = new LinkedHashMap<>();
        boolean changed = false;
        for (Service s : project.services().values()) {
            Service out = s;
            if (s.hasBuild() && s.build().args().values().stream().anyMatch(java.util.Objects::isNull)) {
                out = s.toBuilder().build(withArgs(s.build(), resolve(s.build().args(), environment))).build();
                changed = true;
            }
            services.put(s.name(), out);
        }
        return changed ? project.withServices(services, project.disabledServices()) : project;
    }

    /** Valueless entries take the environment's value or go; the others stay as written. */
    public static Map<String, String> resolve(Map<String, String> args, Map<String, String> environment) {
        Map<String, String> out = new LinkedHashMap<>();
        args.forEach((k, v) -> {
            String value = v != null ? v : environment.get(k);
            if (value != null) out.put(k, value);
        });
        return out;
    }

    private static Build withArgs(Build b, Map<String, String> args) {
        return new Build(b.context(), b.dockerfile(), b.dockerfileInline(), b.entitlements(), args, b.provenance(),
                b.sbom(), b.ssh(), b.labels(), b.cacheFrom(), b.cacheTo(), b.noCache(), b.noCacheFilter(),
                b.additionalContexts(), b.pull(), b.extraHosts(), b.isolation(), b.network(), b.target(),
                b.secrets(), b.shmSize(), b.tags(), b.ulimits(), b.platforms(), b.privileged(), b.extensions());
    }
}
