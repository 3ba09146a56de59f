package dev.jcompose.app.watch;

import dev.jcompose.exec.DockerIgnore;
import dev.jcompose.model.ServiceHook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code develop.watch} rules of the watched services, and what a batch of changed files asks of each service:
 * files to copy into (or delete from) its containers, a restart, commands to run, or a rebuild. A path a rule's
 * {@code ignore} patterns exclude (relative to the rule's path, {@code .dockerignore} syntax) or, when it has
 * {@code include} patterns (the same syntax), one they do not match, an editor's temporary
 * file or anything under {@code .git} changes nothing; nor, for a rebuild, a file the build context's
 * {@code .dockerignore} leaves out. A rebuild replaces the containers, so it makes that service's syncs moot.
 */
final class WatchRuleSet {

    /**
     * A rule with its path made absolute. {@code include}: null when every file counts. {@code contextIgnore}: the
     * build's .dockerignore, for rebuild rules.
     */
    record Rule(String service, Path path, String action, String target, DockerIgnore ignore, DockerIgnore include,
                Path context, DockerIgnore contextIgnore, ServiceHook exec, boolean initialSync) {

        boolean syncs() {
            return action.startsWith("sync");
        }
    }

    /** A file that changed, and whether it still exists. */
    record Change(Path path, boolean exists) {
    }

    /** One file to copy into the service's containers, or to delete there. */
    record Sync(Path host, String containerPath, boolean delete) {
    }

    /** What one service is to do; {@code changed} are the changed paths that matched, relative to their rule. */
    record Action(String service, boolean rebuild, boolean restart, List<Sync> syncs, List<ServiceHook> execs,
                  List<String> changed) {
    }

    private static final Set<String> EDITOR_FILES = Set.of("4913", ".DS_Store");

    private final List<Rule> rules;

    WatchRuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** The actions for a batch, by service in rule order; services with nothing to do are left out. */
    List<Action> actionsFor(List<Change> changes) {
        Map<String, Builder> byService = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (Change change : changes) {
                String rel = relative(rule.path(), change.path());
                if (rel == null || ignored(rule, rel)) continue;
                Builder b = byService.computeIfAbsent(rule.service(), Builder::new);
                String shown = rel.isEmpty() ? rule.path().getFileName().toString() : rel;
                if (!b.changed.contains(shown)) b.changed.add(shown);
                switch (rule.action()) {
                    case "rebuild" -> b.rebuild = true;
                    case "restart" -> b.restart = true;
                    default -> {
                        b.syncs.add(new Sync(change.path(), containerPath(rule.target(), rel), !change.exists()));
                        if (rule.action().equals("sync+restart")) b.restart = true;
                        if (rule.action().equals("sync+exec") && rule.exec() != null && !b.execs.contains(rule.exec())) {
                            b.execs.add(rule.exec());
                        }
                    }
                }
            }
        }
        return byService.values().stream().map(Builder::build).toList();
    }

    /** {@code target} plus the path relative to the rule, {@code /}-separated. */
    static String containerPath(String target, String rel) {
        if (rel.isEmpty()) return target;
        return (target.endsWith("/") ? target : target + "/") + rel;
    }

    /** {@code path} relative to {@code root} with {@code /} separators; "" for the root itself; null when outside. */
    static String relative(Path root, Path path) {
        if (!path.startsWith(root)) return null;
        List<String> parts = new ArrayList<>();
        for (Path p : root.relativize(path)) {
            if (!p.toString().isEmpty()) parts.add(p.toString());
        }
        return String.join("/", parts);
    }

    static boolean ignored(Rule rule, String rel) {
        if (rel.isEmpty()) return false;
        for (String segment : rel.split("/")) {
            if (segment.equals(".git")) return true;
        }
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        if (EDITOR_FILES.contains(name) || name.endsWith("~") || name.startsWith(".#")
                || (name.startsWith("#") && name.endsWith("#")) || name.matches(".*\\.sw[a-p]")) {
            return true;
        }
        if (rule.ignore().excludes(rel)) return true;
        if (rule.include() != null && !rule.include().excludes(rel)) return true;
        if (rule.contextIgnore() != null && rule.context() != null) {
            String inContext = relative(rule.context(), rule.path().resolve(rel));
            return inContext != null && !inContext.isEmpty() && rule.contextIgnore().excludes(inContext);
        }
        return false;
    }

    private static final class Builder {
        final String service;
        boolean rebuild;
        boolean restart;
        final List<Sync> syncs = new ArrayList<>();
        final List<ServiceHook> execs = new ArrayList<>();
        final List<String> changed = new ArrayList<>();

        Builder(String service) {
            this.service = service;
        }

        Action build() {
            if (rebuild) return new Action(service, true, false, List.of(), List.of(), changed);
            return new Action(service, false, restart, syncs, execs, changed);
        }
    }
}
