package dev.jcompose.loader.bind;

import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.model.Build;
import dev.jcompose.model.FileRef;

import java.nio.file.Path;
import java.util.Map;

import static dev.jcompose.loader.bind.ValueReader.child;

/** Binds {@code build}; the Dockerfile defaults to "Dockerfile" unless the Dockerfile is inline. */
final class BuildBinder {

    private final ValueReader r;
    private final ServicePartsBinder parts;
    private final Path projectDir;

    BuildBinder(ValueReader reader, Path projectDir) {
        this.r = reader;
        this.parts = new ServicePartsBinder(reader);
        this.projectDir = projectDir;
    }

    Build bind(Node n, YamlPath path) {
        if (n == null) return null;
        String context = r.string(child(n, "context"));
        String inline = r.string(child(n, "dockerfile_inline"));
        String dockerfile = r.string(child(n, "dockerfile"));
        if (dockerfile == null && inline == null) dockerfile = "Dockerfile";
        return new Build(context == null ? projectDir.toString() : context, dockerfile, inline,
                r.strings(child(n, "entitlements")),
                r.stringMap(child(n, "args")),
                r.string(child(n, "provenance")),
                r.string(child(n, "sbom")),
                ssh(child(n, "ssh")),
                r.stringMap(child(n, "labels")),
                r.strings(child(n, "cache_from")),
                r.strings(child(n, "cache_to")),
                r.flag(child(n, "no_cache"), path.key("no_cache")),
                r.strings(child(n, "no_cache_filter")),
                r.stringMap(child(n, "additional_contexts")),
                r.flag(child(n, "pull"), path.key("pull")),
                r.stringListMap(child(n, "extra_hosts")),
                r.string(child(n, "isolation")),
                r.string(child(n, "network")),
                r.string(child(n, "target")),
                r.each(child(n, "secrets"), path.key("secrets"), this::secret),
                r.bytes(child(n, "shm_size"), path.key("shm_size")),
                r.strings(child(n, "tags")),
                r.eachEntry(child(n, "ulimits"), path.key("ulimits"), parts::ulimit),
                r.strings(child(n, "platforms")),
                r.flag(child(n, "privileged"), path.key("privileged")),
                ServicePartsBinder.extensions(n));
    }

    /** {@code ssh}: a map id → path, or a list of {@code id[=path]} ({@code default} alone means the agent). */
    private Map<String, String> ssh(Node n) {
        if (n == null || n.isMap()) return r.stringMap(n);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String entry : r.strings(n)) {
            int eq = entry.indexOf('=');
            if (eq < 0) out.put(entry, null);
            else out.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return out;
    }

    private FileRef secret(Node n, YamlPath path) {
        if (n.isScalar()) return new FileRef(r.string(n), null, null, null, null);
        return new FileRef(r.string(child(n, "source")), r.string(child(n, "target")), r.string(child(n, "uid")),
                r.string(child(n, "gid")), r.octal(child(n, "mode"), path.key("mode")));
    }
}
