package dev.jcompose.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code config} view as Docker Compose v2 writes it in JSON (compose-go's JSON encoding): top-level keys,
 * services, networks, volumes, secrets, configs and each service's keys in name order, and the fields its structs write even when empty — a
 * service's {@code command} and {@code entrypoint} (null), a network's {@code ipam} ({@code {}}), a volume mount's
 * {@code volume} ({@code {}}). The YAML output leaves those out, as Compose's does.
 */
final class ComposeJson {

    private ComposeJson() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> shape(Map<String, Object> view) {
        Map<String, Object> out = new TreeMap<>();
        // volumes, secrets, configs, models: maps, written by Go in key order
        view.forEach((key, value) -> out.put(key, value instanceof Map<?, ?> m && !key.startsWith("x-")
                ? new TreeMap<>((Map<String, Object>) m) : value));
        if (view.get("services") instanceof Map<?, ?> services) {
            Map<String, Object> sorted = new TreeMap<>();
            ((Map<String, Object>) services).forEach((name, s) -> sorted.put(name, service(s)));
            out.put("services", sorted);
        }
        if (view.get("networks") instanceof Map<?, ?> networks) {
            Map<String, Object> sorted = new TreeMap<>();
            ((Map<String, Object>) networks).forEach((name, n) -> sorted.put(name, withEmpty(n, "ipam")));
            out.put("networks", sorted);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object service(Object s) {
        if (!(s instanceof Map<?, ?> fields)) return s;
        Map<String, Object> out = new TreeMap<>((Map<String, Object>) fields);
        out.putIfAbsent("command", null);
        out.putIfAbsent("entrypoint", null);
        if (out.get("volumes") instanceof List<?> mounts) {
            List<Object> shaped = new ArrayList<>();
            for (Object m : mounts) {
                shaped.add(m instanceof Map<?, ?> mount && "volume".equals(mount.get("type")) ? withEmpty(m, "volume") : m);
            }
            out.put("volumes", shaped);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object withEmpty(Object value, String key) {
        if (!(value instanceof Map<?, ?> fields) || fields.containsKey(key)) return value;
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) fields);
        out.put(key, new LinkedHashMap<>());
        return out;
    }
}
