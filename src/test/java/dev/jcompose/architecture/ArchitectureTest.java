package dev.jcompose.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enforces the package table of ARCHITECTURE.md on the main sources. */
class ArchitectureTest {

    private static final String ROOT = "dev.jcompose";

    /** Module → the project modules it may use. A module is a package with its sub-packages. */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();
    /** Third-party package prefix → the only module allowed to use it. */
    private static final Map<String, String> LIBRARY_HOME = new LinkedHashMap<>();

    static {
        MAY_USE.put("model", Set.of());
        MAY_USE.put("diag", Set.of());
        MAY_USE.put("engine", Set.of());
        MAY_USE.put("engine.docker", Set.of("engine"));
        MAY_USE.put("progress", Set.of());
        MAY_USE.put("graph", Set.of("model", "diag"));
        MAY_USE.put("loader", Set.of("model", "diag", "graph"));
        MAY_USE.put("state", Set.of("model", "engine"));
        MAY_USE.put("plan", Set.of("model", "graph", "state", "diag", "engine"));
        MAY_USE.put("exec", Set.of("plan", "engine", "state", "model", "progress", "graph"));
        MAY_USE.put("app", Set.of("model", "diag", "graph", "loader", "state", "plan", "engine", "exec", "progress"));
        MAY_USE.put("cli.shell", Set.of("cli", "app", "model", "diag", "plan", "progress", "loader", "state", "graph"));
        MAY_USE.put("cli", Set.of("app", "model", "diag", "plan", "progress", "loader", "state", "graph"));
        MAY_USE.put("build", Set.of());
        MAY_USE.put("", Set.of("*"));

        LIBRARY_HOME.put("org.snakeyaml.", "loader.yaml");
        LIBRARY_HOME.put("com.github.dockerjava.", "engine.docker");
        LIBRARY_HOME.put("com.fasterxml.", "engine.docker");
        LIBRARY_HOME.put("org.jgrapht.", "graph");
        LIBRARY_HOME.put("picocli.", "cli");
        LIBRARY_HOME.put("org.jline.", "cli.shell");
        LIBRARY_HOME.put("com.sun.jna.", "cli.shell");
        LIBRARY_HOME.put("org.objectweb.asm.", "build");
    }

    /** The pure core: no files, no processes, no environment. */
    private static final Set<String> PURE = Set.of("model", "diag", "graph", "state", "plan");
    private static final Pattern IO = Pattern.compile(
            "\\bjava\\.nio\\.file\\.Files\\b|\\bFiles\\.|\\bjava\\.io\\.File(Input|Output|Reader|Writer)?\\b"
                    + "|System\\.getenv|System\\.getProperty|ProcessBuilder|Runtime\\.getRuntime|java\\.net\\.");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern PROJECT_REF = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.((?:[a-z_]\\w*\\.)*)[A-Z]");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static final Map<Path, String> SOURCES = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                SOURCES.put(p, stripComments(Files.readString(p)));
            }
        }
        assertTrue(SOURCES.size() > 50, "main sources not found from " + Path.of("").toAbsolutePath());
    }

    @Test
    void packagesUseOnlyWhatTheTableAllows() {
        List<String> violations = new ArrayList<>();
        for (var e : SOURCES.entrySet()) {
            String module = moduleOf(packageOf(e.getValue()));
            Set<String> allowed = MAY_USE.get(module);
            for (String used : projectModulesUsed(e.getValue())) {
                if (used.equals(module) || allowed.contains("*") || allowed.contains(used)) continue;
                violations.add(e.getKey() + ": " + (module.isEmpty() ? "(root)" : module) + " uses " + used);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void nothingUsesTheCliOrMain() {
        List<String> violations = new ArrayList<>();
        for (var e : SOURCES.entrySet()) {
            String module = moduleOf(packageOf(e.getValue()));
            if (module.isEmpty() || module.startsWith("cli")) continue;
            for (String used : projectModulesUsed(e.getValue())) {
                if (used.startsWith("cli")) violations.add(e.getKey() + " uses " + used);
            }
            if (e.getValue().contains(ROOT + ".Main")) violations.add(e.getKey() + " uses Main");
        }
        assertEquals(List.of(), violations);
    }

    /** The build's tools and their library (ASM) are not shipped: nothing jcompose runs may use them. */
    @Test
    void nothingUsesTheBuildTools() {
        List<String> violations = new ArrayList<>();
        for (var e : SOURCES.entrySet()) {
            if (moduleOf(packageOf(e.getValue())).equals("build")) continue;
            if (projectModulesUsed(e.getValue()).contains("build")) violations.add(e.getKey() + " uses build");
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void eachLibraryLivesInOnePackage() {
        List<String> violations = new ArrayList<>();
        for (var e : SOURCES.entrySet()) {
            String pkg = packageOf(e.getValue());
            String rel = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
            Matcher m = IMPORT.matcher(e.getValue());
            while (m.find()) {
                String imported = m.group(1);
                LIBRARY_HOME.forEach((prefix, home) -> {
                    if (imported.startsWith(prefix) && !(rel.equals(home) || rel.startsWith(home + "."))) {
                        violations.add(e.getKey() + ": " + imported + " belongs in " + home);
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCoreDoesNoIo() {
        List<String> violations = new ArrayList<>();
        for (var e : SOURCES.entrySet()) {
            String module = moduleOf(packageOf(e.getValue()));
            if (!PURE.contains(module)) continue;
            Matcher m = IO.matcher(e.getValue());
            if (m.find()) violations.add(e.getKey() + ": " + m.group());
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packagesHaveNoCycles() {
        Map<String, Set<String>> edges = new HashMap<>();
        for (String source : SOURCES.values()) {
            String pkg = packageOf(source);
            for (String used : packagesUsed(source)) {
                if (!used.equals(pkg)) edges.computeIfAbsent(pkg, k -> new TreeSet<>()).add(used);
            }
        }
        List<String> cycle = findCycle(edges);
        assertEquals(List.of(), cycle, "package cycle");
    }

    private static List<String> findCycle(Map<String, Set<String>> edges) {
        Set<String> done = new HashSet<>();
        for (String start : new TreeSet<>(edges.keySet())) {
            List<String> c = dfs(start, edges, new ArrayList<>(), done);
            if (!c.isEmpty()) return c;
        }
        return List.of();
    }

    private static List<String> dfs(String node, Map<String, Set<String>> edges, List<String> stack, Set<String> done) {
        int at = stack.indexOf(node);
        if (at >= 0) {
            List<String> c = new ArrayList<>(stack.subList(at, stack.size()));
            c.add(node);
            return c;
        }
        if (done.contains(node)) return List.of();
        stack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            List<String> c = dfs(next, edges, stack, done);
            if (!c.isEmpty()) return c;
        }
        stack.remove(stack.size() - 1);
        done.add(node);
        return List.of();
    }

    private static String packageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? m.group(1) : "";
    }

    /** The table entry a package belongs to: its longest matching module, or "" for the root package. */
    private static String moduleOf(String pkg) {
        String rel = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
        String best = "";
        for (String module : MAY_USE.keySet()) {
            if (!module.isEmpty() && (rel.equals(module) || rel.startsWith(module + ".")) && module.length() > best.length()) {
                best = module;
            }
        }
        if (best.isEmpty() && !rel.isEmpty()) throw new AssertionError("package " + pkg + " is not in the table");
        return best;
    }

    private static Set<String> packagesUsed(String source) {
        Set<String> used = new TreeSet<>();
        Matcher m = PROJECT_REF.matcher(source);
        while (m.find()) {
            String rel = m.group(1);
            used.add(rel.isEmpty() ? ROOT : ROOT + "." + rel.substring(0, rel.length() - 1));
        }
        return used;
    }

    private static Set<String> projectModulesUsed(String source) {
        Set<String> modules = new TreeSet<>();
        for (String pkg : packagesUsed(source)) modules.add(moduleOf(pkg));
        return modules;
    }

    private static String stripComments(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }
}
