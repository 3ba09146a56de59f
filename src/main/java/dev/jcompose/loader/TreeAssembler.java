package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.merge.OverrideMerger;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a list of files of one project into one long-form tree: each file through the per-file stages and
 * {@code extends}, the files merged in order, then the {@code include}d projects' resources imported.
 */
final class TreeAssembler {

    private static final List<String> RESOURCE_SECTIONS =
            List.of("services", "networks", "volumes", "secrets", "configs", "models");

    private final SourceFiles files;
    private final Diagnostics diags;
    private final boolean resolvePaths;
    /** The outermost assembly's loader: includes are assembled after it, by the same instance. */
    private DocumentLoader projectDocuments;

    /** The project's own files as parsed, valid or not (see {@link DocumentLoader#parsed()}); null before assembly. */
    List<MapNode> parsedDocuments() {
        return projectDocuments == null ? null : projectDocuments.parsed();
    }

    TreeAssembler(SourceFiles files, Diagnostics diags, boolean resolvePaths) {
        this.files = files;
        this.diags = diags;
        this.resolvePaths = resolvePaths;
    }

    /**
     * @param includeChain the files already being included above this project, to stop include cycles
     */
    MapNode assemble(List<SourceFile> sources, Path projectDir, Map<String, String> env, boolean interpolate,
                     List<String> includeChain) {
        DocumentLoader documents = new DocumentLoader(env, interpolate, resolvePaths, diags);
        ExtendsResolver extendsResolver = new ExtendsResolver(documents, files, diags);
        MapNode merged = null;
        List<PendingInclude> includes = new ArrayList<>();
        for (SourceFile source : sources) {
            MapNode tree = documents.load(source, projectDir);
            if (tree == null) continue;
            if (tree.get("include") instanceof SeqNode inc) {
                for (int i = 0; i < inc.size(); i++) includes.add(new PendingInclude(inc.get(i), i, source));
            }
            tree = extendsResolver.resolve(tree.without("include"), source);
            merged = merged == null ? tree : OverrideMerger.merge(merged, tree);
        }
        if (projectDocuments == null) projectDocuments = documents;
        if (merged == null) return null;
        for (PendingInclude inc : includes) {
            merged = importInclude(merged, inc, env, interpolate, includeChain);
        }
        return merged;
    }

    private record PendingInclude(Node entry, int index, SourceFile declaredIn) {
    }

    private MapNode importInclude(MapNode into, PendingInclude inc, Map<String, String> parentEnv, boolean interpolate,
                                  List<String> chain) {
        YamlPath at = YamlPath.of("include", inc.index());
        Node entry = inc.entry();
        List<String> paths = new ArrayList<>();
        String projectDirectory = null;
        List<String> envFiles = new ArrayList<>();
        if (entry instanceof ScalarNode s && s.text() != null) {
            paths.add(s.text());
        } else if (entry instanceof MapNode m) {
            Node p = m.get("path");
            if (p instanceof SeqNode q) q.items().forEach(n -> paths.add(Nodes.text(n)));
            else if (p != null) paths.add(Nodes.text(p));
            projectDirectory = Nodes.text(m.get("project_directory"));
            Node ef = m.get("env_file");
            if (ef instanceof SeqNode q) q.items().forEach(n -> envFiles.add(Nodes.text(n)));
            else if (ef != null) envFiles.add(Nodes.text(ef));
        }
        paths.removeIf(Objects::isNull);
        if (paths.isEmpty()) {
            diags.error(entry.location(), at, "include needs a path");
            return into;
        }
        Path declaringDir = inc.declaredIn().dir();
        List<SourceFile> sources = new ArrayList<>();
        for (String p : paths) {
            Path abs = declaringDir.resolve(p).normalize();
            if (chain.contains(abs.toString())) {
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(abs.toString()), chain.size()));
                cycle.add(abs.toString());
                diags.error(entry.location(), at, "include cycle: " + String.join(" -> ", cycle));
                return into;
            }
            files.read(abs, entry.location(), at, diags).ifPresent(sources::add);
        }
        if (sources.size() != paths.size()) return into;

        Path projectDir = projectDirectory != null ? declaringDir.resolve(projectDirectory).normalize()
                : sources.get(0).dir();
        List<Path> envPaths = new ArrayList<>();
        for (String e : envFiles) envPaths.add(declaringDir.resolve(e).normalize());
        boolean explicit = !envPaths.isEmpty();
        if (!explicit) envPaths.add(projectDir.resolve(".env"));
        Map<String, String> env = ProjectEnvironment.resolve(parentEnv, envPaths, explicit,
                "include[" + inc.index() + "].env_file", files, diags);

        List<String> nextChain = new ArrayList<>(chain);
        sources.forEach(s -> nextChain.add(s.key()));
        MapNode included = assemble(sources, projectDir, env, interpolate, nextChain);
        if (included == null) return into;
        included = defaultBuildContexts(included, projectDir);
        return copyResources(into, included, entry.location(), at, sources.get(0).label());
    }

    /**
     * A build without a context builds the directory of the project that declares it: for an included project
     * that is its own project directory, not the including project's (which binding would otherwise use).
     */
    private static MapNode defaultBuildContexts(MapNode project, Path projectDir) {
        if (!(project.get("services") instanceof MapNode services)) return project;
        List<MapNode.Entry> out = new ArrayList<>(services.size());
        for (MapNode.Entry e : services.entries()) {
            Node svc = e.value();
            if (svc instanceof MapNode m && m.get("build") instanceof MapNode build && !build.has("context")) {
                ScalarNode context = ScalarNode.string(projectDir.toString(), build.location());
                svc = m.with("build", build.with("context", context));
            }
            out.add(new MapNode.Entry(e.key(), svc));
        }
        return project.with("services", services.withEntries(out));
    }

    /** Copies the included project's resources; a name defined differently on both sides is an error. */
    private MapNode copyResources(MapNode into, MapNode included, SourceLocation where, YamlPath at, String label) {
        MapNode result = into;
        for (String section : RESOURCE_SECTIONS) {
            if (!(included.get(section) instanceof MapNode theirs)) continue;
            MapNode ours = result.get(section) instanceof MapNode m ? m : MapNode.empty(theirs.location());
            for (MapNode.Entry e : theirs.entries()) {
                Node existing = ours.get(e.name());
                if (existing != null) {
                    if (!Objects.equals(Nodes.toPlain(existing), Nodes.toPlain(e.value()))) {
                        diags.error(where, at, "included file " + label + " defines " + singular(section) + " \""
                                        + e.name() + "\" which is already defined (at " + existing.location() + ")",
                                "rename one of them; included resources are not merged");
                    }
                    continue;
                }
                ours = ours.with(e.key(), e.value());
            }
            result = result.with(section, ours);
        }
        return result;
    }

    private static String singular(String section) {
        return section.substring(0, section.length() - 1);
    }
}
