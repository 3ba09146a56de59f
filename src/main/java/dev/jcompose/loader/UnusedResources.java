package dev.jcompose.loader;

import dev.jcompose.model.FileRef;
import dev.jcompose.model.Mount;
import dev.jcompose.model.MountType;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Leaves out the top-level networks, volumes, secrets, configs and models that no service uses, as Docker Compose
 * does after applying profiles (compose-go's {@code WithoutUnnecessaryResources}). A build secret counts as a use.
 * The project keeps what profile-disabled services use ({@link #drop}: {@code down} removes their networks and
 * volumes, as Compose does); what {@code config} prints leaves those out too ({@link #dropForEnabled}).
 */
final class UnusedResources {

    private UnusedResources() {
    }

    /** Without what neither an enabled nor a profile-disabled service uses. */
    static Project drop(Project p) {
        java.util.List<Service> users = new java.util.ArrayList<>(p.services().values());
        users.addAll(p.disabledServices().values());
        return drop(p, users);
    }

    /** Without what no enabled service uses: what Compose prints and creates. */
    static Project dropForEnabled(Project p) {
        return drop(p, p.services().values());
    }

    private static Project drop(Project p, Iterable<Service> users) {
        Set<String> networks = new HashSet<>();
        Set<String> volumes = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        Set<String> configs = new HashSet<>();
        Set<String> models = new HashSet<>();
        for (Service s : users) {
            networks.addAll(s.networks().keySet());
            for (Mount m : s.volumes()) {
                boolean named = m.type() == MountType.VOLUME && m.source() != null && !m.source().isEmpty();
                if (named) volumes.add(m.source());
            }
            for (FileRef r : s.secrets()) secrets.add(r.source());
            if (s.build() != null) for (FileRef r : s.build().secrets()) secrets.add(r.source());
            for (FileRef r : s.configs()) configs.add(r.source());
            models.addAll(s.models().keySet());
        }
        return p.withResources(only(p.networks(), networks), only(p.volumes(), volumes), only(p.secrets(), secrets),
                only(p.configs(), configs), only(p.models(), models));
    }

    private static <V> Map<String, V> only(Map<String, V> declared, Set<String> used) {
        Map<String, V> kept = new LinkedHashMap<>();
        declared.forEach((name, spec) -> {
            if (used.contains(name)) kept.put(name, spec);
        });
        return kept;
    }
}
