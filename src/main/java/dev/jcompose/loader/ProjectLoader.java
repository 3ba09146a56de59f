package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.bind.ProjectBinder;
import dev.jcompose.loader.bind.SemanticValidator;
import dev.jcompose.loader.dockerrun.DockerrunReader;
import dev.jcompose.loader.interpolate.Variables;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.yaml.YamlReader;
import dev.jcompose.model.ProjectWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files → Project: finds the files and the project directory, layers the environment, runs every file through the
 * loader stages, merges, includes, applies profiles, binds the model and checks it. All problems are collected and
 * thrown together as an {@link InvalidProjectException}.
 */
public final class ProjectLoader {

    private static final String NO_FILES = "no configuration file provided";

    /** Whether loading failed only because there is no compose file (commands that can work from labels go on). */
    public static boolean isNoFilesFound(InvalidProjectException e) {
        var errors = e.diagnostics().stream().filter(d -> d.isError()).toList();
        return !errors.isEmpty() && errors.stream().allMatch(d -> d.message().startsWith(NO_FILES));
    }

    public LoadResult load(LoadRequest request) {
        Diagnostics diags = new Diagnostics();
        SourceFiles files = new SourceFiles(request.workingDir(), request.stdin());
        Found found = find(request, files, diags);
        Map<String, String> env = found.env();
        List<SourceFile> sources = found.sources();
        Path projectDir = found.projectDir();

        TreeAssembler assembler = new TreeAssembler(files, diags, request.resolvePaths());
        MapNode tree = assembler.assemble(sources, projectDir, env, request.interpolate(), keys(sources));
        if (diags.hasErrors()) DanglingDependencies.check(assembler.parsedDocuments(), diags);
        diags.throwIfErrors();
        if (tree == null) tree = MapNode.empty(SourceLocation.UNKNOWN);

        String name = projectName(request, env, tree, projectDir, diags);
        Set<String> allProfiles = ProfileFilter.allProfiles(tree);
        Set<String> declared = serviceNames(tree);
        MapNode everyProfile = tree;
        tree = ProfileFilter.apply(tree, activeProfiles(request, env), diags);
        diags.throwIfErrors();
        Set<String> disabled = new LinkedHashSet<>(declared);
        disabled.removeAll(serviceNames(tree));

        ProjectBinder.Bound bound = ProjectBinder.bind(name, projectDir, tree.without("name"), diags);
        List<String> configFiles = new ArrayList<>();
        for (SourceFile s : sources) configFiles.add(s.path() == null ? "-" : s.path().toString());
        var checked = bound.project().withConfigFiles(configFiles).withServices(bound.project().services(),
                ProjectBinder.disabledServices(projectDir, ProfileFilter.disabledServices(everyProfile, tree)));
        SemanticValidator.validate(checked, bound.sourceMap(), disabled, diags);
        diags.throwIfErrors();
        var project = UnusedResources.drop(checked);
        return new LoadResult(project, diags.warnings(), bound.sourceMap(), allProfiles,
                once(() -> ProjectWriter.toPlain(UnusedResources.dropForEnabled(project))), env);
    }

    /** The files, the project directory and the environment a request names. */
    private record Found(Map<String, String> env, List<SourceFile> sources, Path projectDir) {
    }

    private static Found find(LoadRequest request, SourceFiles files, Diagnostics diags) {
        Path cwd = request.workingDir();
        Path explicitDir = request.projectDirectory() == null ? null
                : cwd.resolve(request.projectDirectory()).normalize();

        List<String> fileArgs = request.files();
        Path envDir = explicitDir != null ? explicitDir : dirOfFirst(fileArgs, cwd);
        Map<String, String> env = environment(request, envDir, files, diags);
        if (fileArgs.isEmpty()) fileArgs = fromComposeFileVariable(env);

        List<SourceFile> sources = new ArrayList<>();
        Path projectDir;
        if (!fileArgs.isEmpty()) {
            for (String f : fileArgs) {
                if (f.equals("-")) {
                    sources.add(files.readStdin(explicitDir != null ? explicitDir : cwd));
                } else {
                    files.read(cwd.resolve(f), SourceLocation.UNKNOWN, YamlPath.ROOT, diags).ifPresent(sources::add);
                }
            }
            projectDir = explicitDir != null ? explicitDir : dirOfFirst(fileArgs, cwd);
        } else {
            Optional<ComposeFileLocator.Found> found = ComposeFileLocator.find(explicitDir != null ? explicitDir : cwd);
            if (found.isEmpty()) {
                diags.error(SourceLocation.UNKNOWN, YamlPath.ROOT,
                        NO_FILES + ": no compose file in " + cwd + " or its parents",
                        "create a compose.yaml, or name the file with -f (looked for "
                                + String.join(", ", ComposeFileLocator.COMPOSE_NAMES) + ", "
                                + ComposeFileLocator.DOCKERRUN_NAME + ")");
                throw new InvalidProjectException(diags.sorted());
            }
            ComposeFileLocator.Found f = found.get();
            for (String ignored : f.ignored()) {
                diags.warning(SourceLocation.UNKNOWN, YamlPath.ROOT, "found several compose files in " + f.directory()
                        + "; using " + f.files().get(0).getFileName() + ", ignoring " + ignored);
            }
            for (Path p : f.files()) files.read(p, SourceLocation.UNKNOWN, YamlPath.ROOT, diags).ifPresent(sources::add);
            projectDir = explicitDir != null ? explicitDir : f.directory();
        }
        if (!projectDir.equals(envDir) && request.envFiles().isEmpty() && !env.containsKey("COMPOSE_ENV_FILES")) {
            env = environment(request, projectDir, files, diags);
        }
        diags.throwIfErrors();
        return new Found(env, sources, projectDir);
    }

    /**
     * The variables the project's files use, by name (sorted), as they are written: nothing is interpolated,
     * validated or merged, so a required variable without a value is listed, not an error.
     */
    public Map<String, Variables.Variable> variables(LoadRequest request) {
        Diagnostics diags = new Diagnostics();
        SourceFiles files = new SourceFiles(request.workingDir(), request.stdin());
        Map<String, Variables.Variable> out = new TreeMap<>();
        for (SourceFile source : find(request, files, diags).sources()) {
            String name = source.path() == null ? "-" : source.path().getFileName().toString();
            // Elastic Beanstalk does not interpolate: a Dockerrun file uses no variables.
            if (DockerrunReader.looksLikeDockerrun(name, source.text())) continue;
            Variables.collect(YamlReader.read(source.text(), source.label(), diags), out, diags);
        }
        diags.throwIfErrors();
        return out;
    }

    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }

    private static Map<String, String> environment(LoadRequest request, Path dir, SourceFiles files,
                                                   Diagnostics diags) {
        Map<String, String> shell = request.environment();
        if (!request.envFiles().isEmpty()) {
            return ProjectEnvironment.resolve(shell, resolveAll(request.workingDir(), request.envFiles()), true,
                    "--env-file", files, diags);
        }
        String listed = shell.get("COMPOSE_ENV_FILES");
        if (listed != null && !listed.isBlank()) {
            List<String> names = Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            return ProjectEnvironment.resolve(shell, resolveAll(request.workingDir(), names), true,
                    "COMPOSE_ENV_FILES", files, diags);
        }
        List<Path> dotEnv = ComposeVariables.dotEnvDisabled(shell) ? List.of() : List.of(dir.resolve(".env"));
        return ProjectEnvironment.resolve(shell, dotEnv, false, ".env", files, diags);
    }

    private static List<Path> resolveAll(Path base, List<String> names) {
        return names.stream().map(n -> base.resolve(n).normalize()).toList();
    }

    private static Path dirOfFirst(List<String> files, Path cwd) {
        if (files.isEmpty() || files.get(0).equals("-")) return cwd;
        Path parent = cwd.resolve(files.get(0)).normalize().getParent();
        return parent == null ? cwd : parent;
    }

    private static List<String> fromComposeFileVariable(Map<String, String> env) {
        String v = env.get("COMPOSE_FILE");
        if (v == null || v.isBlank()) return List.of();
        String sep = env.getOrDefault("COMPOSE_PATH_SEPARATOR", java.io.File.pathSeparator);
        if (sep.isEmpty()) sep = java.io.File.pathSeparator;
        return Arrays.stream(v.split(java.util.regex.Pattern.quote(sep))).filter(s -> !s.isBlank()).toList();
    }

    private static Set<String> serviceNames(MapNode tree) {
        return tree.get("services") instanceof MapNode services ? services.keys() : Set.of();
    }

    private static List<String> keys(List<SourceFile> sources) {
        return sources.stream().map(SourceFile::key).toList();
    }

    private static Set<String> activeProfiles(LoadRequest request, Map<String, String> env) {
        Set<String> active = new LinkedHashSet<>();
        List<String> given = request.profiles();
        if (given.isEmpty() && env.get("COMPOSE_PROFILES") != null) {
            given = Arrays.asList(env.get("COMPOSE_PROFILES").split(","));
        }
        for (String p : given) {
            for (String part : p.split(",")) if (!part.isBlank()) active.add(part.trim());
        }
        return active;
    }

    /** {@code -p} > COMPOSE_PROJECT_NAME > top-level {@code name:} > the project directory's name. */
    private static String projectName(LoadRequest request, Map<String, String> env, MapNode tree, Path projectDir,
                                      Diagnostics diags) {
        if (request.projectName() != null) {
            return checked(request.projectName(), "-p/--project-name", SourceLocation.UNKNOWN, diags);
        }
        String fromEnv = env.get("COMPOSE_PROJECT_NAME");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return checked(fromEnv, "COMPOSE_PROJECT_NAME", SourceLocation.UNKNOWN, diags);
        }
        String fromFile = Nodes.text(tree.get("name"));
        if (fromFile != null && !fromFile.isEmpty()) {
            return checked(fromFile, "name", tree.get("name").location(), diags);
        }
        Path dirName = projectDir.getFileName();
        String derived = dirName == null ? "" : ProjectNames.fromDirectoryName(dirName.toString());
        if (derived.isEmpty()) {
            diags.error(SourceLocation.UNKNOWN, YamlPath.ROOT,
                    "cannot derive a project name from the directory " + projectDir,
                    "name the project with -p NAME, COMPOSE_PROJECT_NAME or a top-level `name:`");
        }
        return derived;
    }

    private static String checked(String name, String source, SourceLocation at, Diagnostics diags) {
        if (!ProjectNames.isValid(name)) {
            diags.error(at, source.equals("name") ? YamlPath.of("name") : YamlPath.ROOT,
                    (source.equals("name") ? "" : source + ": ") + "invalid project name \"" + name + "\": "
                            + ProjectNames.RULE,
                    "for example \"" + ProjectNames.fromDirectoryName(name) + "\"");
        }
        return name;
    }
}
