package dev.jcompose.plan;

import dev.jcompose.model.FileObjectSpec;
import dev.jcompose.model.FileRef;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of the host files a service's file-based {@code secrets} and {@code configs} bind, as a label value
 * ({@code configs.app=1f2e…,secrets.db=9a8b…}). A container carries it so that a changed file recreates the
 * container: a bind mount keeps showing the old file once an editor has replaced it with a new one.
 */
public final class MountedFiles {

    private MountedFiles() {
    }

    /**
     * The label value for {@code s}, from {@code digests} (absolute file path → content digest); null when the service
     * binds no file whose digest is known.
     */
    public static String label(Project project, Service s, Map<String, String> digests) {
        Map<String, String> entries = new TreeMap<>();
        collect("secrets", s.secrets(), project.secrets(), digests, entries);
        collect("configs", s.configs(), project.configs(), digests, entries);
        if (entries.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        entries.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }

    /** The files whose digest differs between two label values, e.g. {@code [secrets.db]}, sorted. */
    public static List<String> changed(String before, String after) {
        Map<String, String> a = decode(before);
        Map<String, String> b = decode(after);
        TreeMap<String, Boolean> keys = new TreeMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return keys.keySet().stream().filter(k -> !String.valueOf(a.get(k)).equals(String.valueOf(b.get(k)))).toList();
    }

    private static void collect(String kind, List<FileRef> refs, Map<String, FileObjectSpec> declared,
                                Map<String, String> digests, Map<String, String> into) {
        for (FileRef ref : refs) {
            FileObjectSpec spec = declared.get(ref.source());
            if (spec == null || spec.external() || spec.file() == null) continue;
            String digest = digests.get(spec.file());
            if (digest != null) into.put(kind + "." + ref.source(), digest);
        }
    }

    private static Map<String, String> decode(String label) {
        Map<String, String> out = new TreeMap<>();
        if (label == null || label.isEmpty()) return out;
        for (String part : label.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }
}
