package dev.jcompose.loader.normalize;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;

import dev.jcompose.loader.interpolate.DotEnvParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one validated compose file into the long form every later stage reads: each attribute with a short syntax
 * is rewritten in its long syntax, relative host paths become absolute, {@code env_file} variables are folded into
 * {@code environment}, and {@code x-*} extensions are dropped. No defaults are added. Every node keeps the location
 * (and {@code !reset}/{@code !override} tag) of the node it came from, so that later diagnostics point at the file.
 */
public final class Normalizer {

    private static final Set<String> KEPT_TOP_LEVEL = Set.of("name", "services", "networks", "volumes", "secrets",
            "configs", "models", "include");
    private static final Set<String> RESOURCE_SECTIONS = Set.of("networks", "volumes", "secrets", "configs");

    private Normalizer() {
    }

    /**
     * @param baseDir the directory relative paths in this file are resolved against
     * @param lookup  the environment (for {@code ~} and for bare {@code environment} entries); null when unset
     * @param envFiles reads the files named by {@code env_file}
     */
    /** Normalises with env files read from disk by the project's .env parser. */
    public static MapNode normalize(MapNode validFileRoot, Path baseDir, Function<String, String> lookup,
                                    Diagnostics diags) {
        return normalize(validFileRoot, baseDir, lookup, diags, true);
    }

    /** @param resolvePaths false keeps relative host paths as written ({@code config --no-path-resolution}) */
    public static MapNode normalize(MapNode validFileRoot, Path baseDir, Function<String, String> lookup,
                                    Diagnostics diags, boolean resolvePaths) {
        return normalize(validFileRoot, baseDir, lookup, diags, resolvePaths,
                EnvFileReader.ofFiles((text, label) -> DotEnvParser.parse(text, label, lookup, diags), lookup),
                // as in Compose, a label file's ${...} refer to labels read before, not to the environment
                EnvFileReader.ofFiles((text, label) -> DotEnvParser.parse(text, label, name -> null, diags)));
    }

    public static MapNode normalize(MapNode validFileRoot, Path baseDir, Function<String, String> lookup,
                                    Diagnostics diags, EnvFileReader envFiles) {
        return normalize(validFileRoot, baseDir, lookup, diags, envFiles, envFiles);
    }

    /** @param labelFiles reads the files named by {@code label_file} */
    public static MapNode normalize(MapNode validFileRoot, Path baseDir, Function<String, String> lookup,
                                    Diagnostics diags, EnvFileReader envFiles, EnvFileReader labelFiles) {
        return normalize(validFileRoot, baseDir, lookup, diags, true, envFiles, labelFiles);
    }

    private static MapNode normalize(MapNode validFileRoot, Path baseDir, Function<String, String> lookup,
                                     Diagnostics diags, boolean resolvePaths, EnvFileReader envFiles,
                                     EnvFileReader labelFiles) {
        HostPaths paths = new HostPaths(baseDir, lookup, resolvePaths);
        ServiceNormalizer services = new ServiceNormalizer(paths, new EnvFiles(paths, envFiles, lookup, diags),
                new LabelFiles(paths, labelFiles, diags), lookup, diags);
        ResourceNormalizer resources = new ResourceNormalizer(paths);

        List<MapNode.Entry> out = new ArrayList<>();
        for (MapNode.Entry e : validFileRoot.entries()) {
            if (!KEPT_TOP_LEVEL.contains(e.name()) && !Trees.isExtension(e.name())) continue;
            Node value = e.value();
            if (e.name().equals("services")) value = normalizeServices(value, services);
            else if (RESOURCE_SECTIONS.contains(e.name())) value = resources.normalizeAll(value);
            out.add(new MapNode.Entry(e.key(), value));
        }
        return validFileRoot.withEntries(out);
    }

    private static Node normalizeServices(Node value, ServiceNormalizer services) {
        if (!(value instanceof MapNode m)) return value;
        YamlPath root = YamlPath.ROOT.key("services");
        List<MapNode.Entry> out = new ArrayList<>(m.size());
        for (MapNode.Entry e : m.entries()) {
            if (Trees.isExtension(e.name())) continue;
            Node service = e.value();
            if (service instanceof MapNode s) service = services.normalize(s, root.key(e.name()));
            else if (service.isNull()) service = new MapNode(List.of(), service.location(), service.tag());
            out.add(new MapNode.Entry(e.key(), service));
        }
        return m.withEntries(out);
    }
}
