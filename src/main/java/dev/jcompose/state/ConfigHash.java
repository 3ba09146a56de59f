package dev.jcompose.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint of what a service's containers are made of: sha256 of the canonical JSON of its
 * {@code config} view, leaving out what never requires a new container (how the image is built or pulled, how
 * many replicas run and are rolled out, start order, profiles). Equal hashes mean a running container can be kept.
 */
public final class ConfigHash {

    /** Top-level service attributes that do not change a container. */
    public static final List<String> EXCLUDED = List.of("build", "pull_policy", "scale", "depends_on", "profiles");

    private ConfigHash() {
    }

    public static String of(Map<String, ?> serviceView) {
        return sha256Hex(CanonicalJson.write(hashedPart(serviceView)));
    }

    static Map<String, Object> hashedPart(Map<String, ?> serviceView) {
        Map<String, Object> copy = new LinkedHashMap<>(serviceView);
        EXCLUDED.forEach(copy::remove);
        // x-* keys are for tools and anchors, never for the engine.
        copy.keySet().removeIf(key -> key.startsWith("x-"));
        if (copy.get("deploy") instanceof Map<?, ?> deploy) {
            Map<Object, Object> rest = new LinkedHashMap<>(deploy);
            rest.remove("replicas");
            // How a rollout proceeds is not what a container is made of (whether it runs behind a front is
            // recorded on the container itself).
            rest.remove("update_config");
            rest.remove("rollback_config");
            // deploy: {replicas: 3} must hash like no deploy at all: scaling keeps existing containers.
            if (rest.isEmpty()) copy.remove("deploy");
            else copy.put("deploy", rest);
        }
        return copy;
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
