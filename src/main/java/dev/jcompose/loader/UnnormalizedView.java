package dev.jcompose.loader;

import dev.jcompose.diag.SourceMap;
import dev.jcompose.diag.YamlPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code config --no-normalize}: the config view without the defaults binding added where no file wrote them, as
 * Docker Compose leaves them out: a service's implicit {@code default} network, the {@code default} network itself,
 * the {@code name} of networks, volumes, secrets and configs, and {@code build.dockerfile}. Short syntaxes stay in
 * their long form and paths absolute, as in Docker Compose's output.
 */
public final class UnnormalizedView {

    private static final List<String> RESOURCE_SECTIONS = List.of("networks", "volumes", "secrets", "configs");

    private UnnormalizedView() {
    }

    public static LinkedHashMap<String, Object> of(Map<String, Object> view, SourceMap written) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>(view);
        if (view.get("services") instanceof Map<?, ?> services) {
            LinkedHashMap<String, Object> kept = new LinkedHashMap<>();
            services.forEach((name, service) -> kept.put((String) name,
                    service(YamlPath.ROOT.key("services").key((String) name), service, written)));
            out.put("services", kept);
        }
        for (String section : RESOURCE_SECTIONS) {
            if (!(view.get(section) instanceof Map<?, ?> resources)) continue;
            LinkedHashMap<String, Object> kept = new LinkedHashMap<>();
            resources.forEach((name, resource) -> {
                YamlPath at = YamlPath.ROOT.key(section).key((String) name);
                if (section.equals("networks") && name.equals("default") && !written.has(at)) return;
                kept.put((String) name, withoutUnwritten(resource, "name", at, written));
            });
            if (kept.isEmpty()) out.remove(section);
            else out.put(section, kept);
        }
        return out;
    }

    private static Object service(YamlPath at, Object service, SourceMap written) {
        Object s = withoutUnwritten(service, "networks", at, written);
        if (!(s instanceof Map<?, ?> m) || !(m.get("build") instanceof Map<?, ?>)) return s;
        LinkedHashMap<String, Object> out = copy(m);
        out.put("build", withoutUnwritten(m.get("build"), "dockerfile", at.key("build"), written));
        return out;
    }

    /** {@code value} (a map) without {@code key} when no file wrote {@code at.key}. */
    private static Object withoutUnwritten(Object value, String key, YamlPath at, SourceMap written) {
        if (!(value instanceof Map<?, ?> m) || !m.containsKey(key) || written.has(at.key(key))) return value;
        LinkedHashMap<String, Object> out = copy(m);
        out.remove(key);
        return out;
    }

    private static LinkedHashMap<String, Object> copy(Map<?, ?> m) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put((String) k, v));
        return out;
    }
}
