package dev.jcompose.app;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.EngineInfo;
import dev.jcompose.engine.PublishedPort;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.FileObjectSpec;
import dev.jcompose.model.Mount;
import dev.jcompose.model.MountType;
import dev.jcompose.model.Port;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.state.Labels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code doctor}: checks what a project needs before {@code up}, without changing anything: the engine and its
 * version, every image (present, to be pulled from which registry, or to be built), every fixed host port (free, or
 * already this project's), bind-mount, secret and config sources, build contexts, variables the files use but
 * nobody set, and the {@code .env} file. Each problem comes with what to do about it.
 */
public final class Doctor {

    /** The loader's words for a variable used without a value or a default. */
    private static final Pattern UNSET = Pattern.compile("^The \"([^\"]+)\" variable is not set");

    private final EngineConnector connector;

    public Doctor(EngineConnector connector) {
        this.connector = connector;
    }

    /** @param envFiles the --env-file files given (their presence was checked by the loader); empty = .env */
    public List<Finding> examine(LoadResult loaded, List<Path> envFiles) {
        Project project = loaded.project();
        List<Finding> out = new ArrayList<>();
        ContainerEngine engine = engine(out);
        try {
            variables(loaded.warnings(), out);
            envFile(project, envFiles, out);
            images(project, engine, out);
            buildContexts(project, out);
            ports(project, loaded.sourceMap(), engine, out);
            mounts(project, loaded.sourceMap(), out);
            fileObjects(project, out);
        } finally {
            if (engine != null) engine.close();
        }
        return out;
    }

    private ContainerEngine engine(List<Finding> out) {
        ContainerEngine engine;
        try {
            engine = Engines.connect(connector);
        } catch (EngineUnreachable e) {
            out.add(Finding.problem("engine", "unreachable: " + e.getMessage(),
                    "start the Docker engine, or point DOCKER_HOST or the docker context at one; the image and "
                            + "port-ownership checks need it"));
            return null;
        }
        try {
            EngineInfo info = engine.info();
            out.add(Finding.ok("engine", "Docker Engine " + info.serverVersion() + ", API " + info.engineApiVersion()
                    + " (jcompose speaks " + info.negotiatedApiVersion() + "), " + info.os() + "/" + info.arch()));
            return engine;
        } catch (EngineException e) {
            out.add(Finding.problem("engine", "does not answer: " + e.getMessage(),
                    "check that the engine is running and that this user may use its socket"));
            engine.close();
            return null;
        }
    }

    private static void variables(List<Diagnostic> warnings, List<Finding> out) {
        Set<String> reported = new LinkedHashSet<>();
        for (Diagnostic d : warnings) {
            Matcher m = UNSET.matcher(d.message());
            if (m.find()) {
                if (!reported.add(m.group(1))) continue;
                out.add(Finding.problem("variable " + m.group(1), "used but not set" + at(d.location())
                        + "; it becomes an empty string",
                        "set it in the shell or in .env, or give it a default: ${" + m.group(1) + ":-value}"));
            } else {
                out.add(Finding.note("files", (d.location().isKnown() ? d.location() + ": " : "") + d.message()));
            }
        }
        if (reported.isEmpty()) out.add(Finding.ok("variables", "every variable the files use is set or has a default"));
    }

    private static void envFile(Project project, List<Path> envFiles, List<Finding> out) {
        if (!envFiles.isEmpty()) {
            out.add(Finding.ok("env files", "variables from " + String.join(", ",
                    envFiles.stream().map(Path::toString).toList())));
            return;
        }
        Path dotEnv = project.workingDir().resolve(".env");
        if (Files.isRegularFile(dotEnv)) {
            out.add(Finding.ok(".env", "found: " + dotEnv));
        } else {
            out.add(Finding.note(".env", "none in " + project.workingDir() + "; variables come from the shell only"));
        }
    }

    private static void images(Project project, ContainerEngine engine, List<Finding> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (Service s : project.services().values()) {
            String ref = s.imageName(project.name());
            if (!seen.add(ref)) continue;
            String check = "image " + ref;
            String who = " (" + s.name() + ")";
            if (engine == null) {
                out.add(Finding.note(check, "not checked: no engine" + who));
                continue;
            }
            boolean present;
            try {
                present = engine.imageExists(ref);
            } catch (EngineException e) {
                out.add(Finding.problem(check, "cannot be looked up: " + e.getMessage() + who,
                        "check the image name"));
                continue;
            }
            if (s.hasBuild() && ("build".equals(s.pullPolicy()) || !present)) {
                out.add(Finding.ok(check, (present ? "present; rebuilt" : "will be built") + " from "
                        + s.build().context() + who));
            } else if (present) {
                out.add(Finding.ok(check, "present" + who));
            } else if ("never".equals(s.pullPolicy())) {
                out.add(Finding.problem(check, "not present, and pull_policy: never forbids pulling it" + who,
                        "pull or load it first (docker pull / docker load), or change pull_policy"));
            } else {
                out.add(Finding.note(check, "not present locally, will be pulled from "
                        + ImageReferences.registry(ref) + who));
            }
        }
    }

    private static void buildContexts(Project project, List<Finding> out) {
        for (Service s : project.services().values()) {
            if (!s.hasBuild() || s.build().context() == null || s.build().context().contains("://")) continue;
            Path context = Path.of(s.build().context());
            String check = "build " + s.name();
            if (!Files.isDirectory(context)) {
                out.add(Finding.problem(check, "context " + context + " does not exist",
                        "create it, or fix build.context"));
            } else if (s.build().dockerfileInline() == null) {
                String name = s.build().dockerfile() == null ? "Dockerfile" : s.build().dockerfile();
                if (!Files.isRegularFile(context.resolve(name))) {
                    out.add(Finding.problem(check, name + " not found in " + context,
                            "create it, or point build.dockerfile at it"));
                }
            }
        }
    }

    private static void ports(Project project, SourceMap sources, ContainerEngine engine, List<Finding> out) {
        Map<String, String> ownPorts = engine == null ? Map.of() : publishedByProject(project, engine);
        for (Service s : project.services().values()) {
            for (int i = 0; i < s.ports().size(); i++) {
                Port p = s.ports().get(i);
                if (!p.isPublished()) continue;
                SourceLocation loc = sources.locate(YamlPath.of("services", s.name(), "ports", i));
                for (int port : hostPorts(p.published())) {
                    String where = (p.hostIp() == null || p.hostIp().isEmpty() ? "" : p.hostIp() + ":") + port;
                    String check = "port " + where + "/" + p.protocol();
                    String owner = ownPorts.get(port + "/" + p.protocol());
                    if (owner != null) {
                        out.add(Finding.ok(check, "published by " + owner + " of this project (" + s.name() + ")"));
                        continue;
                    }
                    String busy = PortProbe.tryBind(p.hostIp(), port, p.protocol());
                    if (busy == null) {
                        out.add(Finding.ok(check, "free (" + s.name() + ")"));
                    } else {
                        boolean inUse = busy.toLowerCase(java.util.Locale.ROOT).contains("in use");
                        out.add(Finding.problem(check, (inUse ? "already in use" : "cannot be bound: " + busy)
                                        + " (" + s.name() + at(loc) + ")",
                                inUse ? "stop what listens on it, or publish " + s.name() + " on another port"
                                        : "publish " + s.name() + " on an address this machine has"));
                    }
                }
            }
        }
    }

    /** "port/protocol" → container name, for the ports this project's running containers hold already. */
    private static Map<String, String> publishedByProject(Project project, ContainerEngine engine) {
        Map<String, String> out = new HashMap<>();
        try {
            for (ContainerSummary c : engine.listContainers(Map.of(Labels.PROJECT, project.name()))) {
                for (PublishedPort p : c.ports()) {
                    if (p.isPublished()) out.put(p.hostPort() + "/" + p.protocol(), c.name().replaceFirst("^/", ""));
                }
            }
        } catch (EngineException e) {
            return Map.of(); // then every held port shows as in use, which is what the probe finds
        }
        return out;
    }

    /** "8080" → [8080]; "8000-8002" → [8000, 8001, 8002]; unreadable → []. */
    static List<Integer> hostPorts(String published) {
        try {
            String[] range = published.split("-", 2);
            int first = Integer.parseInt(range[0].trim());
            int last = range.length == 2 ? Integer.parseInt(range[1].trim()) : first;
            List<Integer> out = new ArrayList<>();
            for (int p = first; p <= last && out.size() < 1000; p++) out.add(p);
            return out;
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private static void mounts(Project project, SourceMap sources, List<Finding> out) {
        for (Service s : project.services().values()) {
            for (int i = 0; i < s.volumes().size(); i++) {
                Mount m = s.volumes().get(i);
                if (m.type() != MountType.BIND || m.source() == null || Files.exists(Path.of(m.source()))) continue;
                String check = "bind " + m.source();
                boolean created = m.bind() != null && m.bind().createHostPath();
                if (created) {
                    out.add(Finding.note(check, "does not exist; up creates it as an empty directory (" + s.name()
                            + ")"));
                } else {
                    SourceLocation loc = sources.locate(YamlPath.of("services", s.name(), "volumes", i));
                    out.add(Finding.problem(check, "does not exist (" + s.name() + at(loc) + ")",
                            "create it, fix the path, or set bind.create_host_path: true"));
                }
            }
        }
    }

    private static void fileObjects(Project project, List<Finding> out) {
        check("secret", project.secrets(), out);
        check("config", project.configs(), out);
    }

    private static void check(String kind, Map<String, FileObjectSpec> specs, List<Finding> out) {
        specs.forEach((key, f) -> {
            if (f.external() || f.file() == null || Files.exists(Path.of(f.file()))) return;
            out.add(Finding.problem(kind + " " + key, "file " + f.file() + " does not exist",
                    "create it, or fix " + kind + "s." + key + ".file"));
        });
    }

    private static String at(SourceLocation loc) {
        return loc == null || !loc.isKnown() ? "" : " at " + loc;
    }
}
