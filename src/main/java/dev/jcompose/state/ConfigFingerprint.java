package dev.jcompose.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A short hash per setting of a service ({@code environment.FOO}, {@code ports}, {@code deploy.resources.limits.cpus}),
 * kept on its containers as a label, so that a recreate can say what changed ("environment.FOO changed") and not only
 * that something did. Covers what {@link ConfigHash} covers; mappings are followed to their leaves, a list is one
 * setting.
 */
public final class ConfigFingerprint {

    private ConfigFingerprint() {
    }

    public static Map<String, String> of(Map<String, ?> serviceView) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", ConfigHash.hashedPart(serviceView), out);
        return out;
    }

    /** The label form: {@code path=hash;path=hash}, with {@code % ; =} in paths escaped. */
    public static String encode(Map<String, String> fingerprint) {
        StringBuilder b = new StringBuilder();
        fingerprint.forEach((path, hash) -> {
            if (b.length() > 0) b.append(';');
            b.append(escape(path)).append('=').append(hash);
        });
        return b.toString();
    }

    /** Reads a label written by {@link #encode}; an absent or unreadable label gives an empty fingerprint. */
    public static Map<String, String> decode(String label) {
        Map<String, String> out = new LinkedHashMap<>();
        if (label == null || label.isEmpty()) return out;
        for (String part : label.split(";")) {
            int eq = part.lastIndexOf('=');
            if (eq <= 0) return new LinkedHashMap<>();
            out.put(unescape(part.substring(0, eq)), part.substring(eq + 1));
        }
        return out;
    }

    /** The settings that differ (changed, added or removed), sorted. */
    public static List<String> changes(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String p : paths) {
            if (!java.util.Objects.equals(before.get(p), after.get(p))) changed.add(p);
        }
        return changed;
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
            return;
        }
        out.put(prefix, shortHash(CanonicalJson.write(value)));
    }

    private static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static String escape(String path) {
        return path.replace("%", "%25").replace(";", "%3B").replace("=", "%3D");
    }

    private static String unescape(String path) {
        return path.replace("%3D", "=").replace("%3B", ";").replace("%25", "%");
    }
}
