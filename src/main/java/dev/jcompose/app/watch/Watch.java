package dev.jcompose.app.watch;

import dev.jcompose.app.ProjectObserver;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.StackFailure;
import dev.jcompose.app.Up;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.exec.DockerIgnore;
import dev.jcompose.model.Develop;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.model.ServiceHook;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.state.ObservedContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code watch}: the Compose Specification's {@code develop.watch}. Edits under a rule's path reach the service's
 * running containers without a manual rebuild: {@code sync} copies them in (and deletes what was deleted),
 * {@code sync+restart} also restarts the containers, {@code sync+exec} runs the rule's command after copying,
 * {@code restart} only restarts, and {@code rebuild} builds the image again and recreates the containers.
 * Runs until {@link #stop()}.
 */
public final class Watch {

    /** Where watch says what it does, one line at a time. */
    @FunctionalInterface
    public interface Listener {
        void said(String line);
    }

    static final Duration QUIET = Duration.ofMillis(300);

    private final StackContext ctx;
    private final Listener listener;
    private volatile FileWatcher watcher;
    private volatile boolean stopped;

    public Watch(StackContext ctx, Listener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    /**
     * The rules of {@code services} (empty = every service with a {@code develop.watch} section).
     *
     * @throws StackFailure when none of them has rules, or a sync rule has no target
     */
    public static WatchRuleSet rules(Project project, Set<String> services) {
        List<WatchRuleSet.Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Service s : project.services().values()) {
            if (!services.isEmpty() && !services.contains(s.name())) continue;
            if (s.develop() == null) continue;
            for (int i = 0; i < s.develop().watch().size(); i++) {
                Develop.WatchRule w = s.develop().watch().get(i);
                String where = "services." + s.name() + ".develop.watch[" + i + "]";
                if (w.action().startsWith("sync") && (w.target() == null || w.target().isEmpty())) {
                    problems.add(where + ": action " + w.action() + " needs a target (the path in the container)");
                    continue;
                }
                if (w.action().equals("rebuild") && !s.hasBuild()) {
                    problems.add(where + ": action rebuild needs a build section");
                    continue;
                }
                rules.add(resolve(project, s, w));
            }
        }
        if (!problems.isEmpty()) throw new StackFailure(problems.get(0), problems.subList(1, problems.size()));
        if (rules.isEmpty()) {
            throw new StackFailure("none of the selected services is configured for watch",
                    List.of("add a develop.watch section to a service, see the README's section on jcompose watch"));
        }
        return new WatchRuleSet(rules);
    }

    private static WatchRuleSet.Rule resolve(Project project, Service s, Develop.WatchRule w) {
        Path path = project.workingDir().resolve(w.path()).toAbsolutePath().normalize();
        Path context = null;
        DockerIgnore contextIgnore = null;
        if (w.action().equals("rebuild") && s.build().context() != null && !s.build().context().contains("://")) {
            context = project.workingDir().resolve(s.build().context()).normalize();
            try {
                contextIgnore = DockerIgnore.read(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DockerIgnore ignore = DockerIgnore.parse(String.join("\n", w.ignore()));
        DockerIgnore include = w.include().isEmpty() ? null : DockerIgnore.parse(String.join("\n", w.include()));
        return new WatchRuleSet.Rule(s.name(), path, w.action(), w.target(), ignore, include, context, contextIgnore,
                w.exec(), w.initialSync());
    }

    /**
     * Watches until {@link #stop()} (or an interrupt), acting on each batch of changes. A failed action (a build
     * error, a container gone) is reported and watching goes on.
     */
    public void run(Project project, WatchRuleSet rules) throws IOException, InterruptedException {
        Set<Path> roots = new LinkedHashSet<>();
        rules.rules().forEach(r -> roots.add(r.path()));
        try (FileWatcher files = new FileWatcher(roots)) {
            watcher = files;
            if (stopped) return;
            initialSync(project, rules);
            for (WatchRuleSet.Rule r : rules.rules()) {
                listener.said("watching " + project.workingDir().relativize(r.path()) + " for " + r.service() + " ("
                        + r.action() + (r.syncs() ? " to " + r.target() : "") + ")");
            }
            FileWatcher.Batch batch;
            while ((batch = files.next(QUIET)) != null) {
                List<WatchRuleSet.Change> changes = new ArrayList<>();
                Set<Path> changed = new LinkedHashSet<>(batch.changed());
                if (batch.overflow()) changed.addAll(roots); // events were lost: everything may have changed
                for (Path p : changed) changes.add(new WatchRuleSet.Change(p, Files.exists(p)));
                for (WatchRuleSet.Action action : rules.actionsFor(changes)) act(project, action);
            }
        } finally {
            watcher = null;
        }
    }

    /** Ends {@link #run}. */
    public void stop() {
        stopped = true;
        FileWatcher w = watcher;
        if (w != null) w.close();
    }

    private void initialSync(Project project, WatchRuleSet rules) {
        for (WatchRuleSet.Rule r : rules.rules()) {
            if (!r.syncs() || !r.initialSync() || !Files.exists(r.path())) continue;
            sync(project, new WatchRuleSet.Action(r.service(), false, false,
                    List.of(new WatchRuleSet.Sync(r.path(), r.target(), false)), List.of(), List.of("initial sync")));
        }
    }

    private void act(Project project, WatchRuleSet.Action action) {
        String what = String.join(", ", action.changed());
        try {
            if (action.rebuild()) {
                listener.said("rebuilding " + action.service() + " after changes to " + what);
                Up up = new Up(ctx);
                up.execute(up.plan(project, PlanOptions.defaults().withServices(Set.of(action.service()))
                        .withNoDeps(true).withBuild(PlanOptions.Build.ALWAYS)
                        .withRecreate(PlanOptions.Recreate.FORCE), false));
                listener.said("rebuilt " + action.service());
                return;
            }
            if (!action.syncs().isEmpty()) sync(project, action);
            for (ObservedContainer c : running(project, action.service())) {
                if (action.restart()) {
                    listener.said("restarting " + c.name());
                    Service s = project.services().get(action.service());
                    ctx.engine().stopContainer(c.name(), s.stopGracePeriod() == null ? Duration.ofSeconds(10)
                            : s.stopGracePeriod());
                    ctx.engine().startContainer(c.name());
                    listener.said("restarted " + c.name());
                }
                for (ServiceHook hook : action.execs()) exec(c.name(), hook);
            }
        } catch (StackFailure e) {
            listener.said("error: " + action.service() + ": " + e.getMessage());
            e.details().forEach(d -> listener.said("  " + d));
        } catch (EngineException e) {
            listener.said("error: " + action.service() + ": " + e.getMessage());
        }
    }

    private void sync(Project project, WatchRuleSet.Action action) {
        ContainerSync sync = new ContainerSync(ctx.engine());
        for (ObservedContainer c : running(project, action.service())) {
            try {
                int n = sync.apply(c.name(), action.syncs());
                listener.said("synced " + n + (n == 1 ? " file" : " files") + " to " + c.name() + " ("
                        + String.join(", ", action.changed()) + ")");
            } catch (EngineException | IOException e) {
                listener.said("error: syncing to " + c.name() + ": " + e.getMessage());
            }
        }
    }

    private void exec(String container, ServiceHook hook) {
        ExecSpec spec = new ExecSpec(hook.command(), hook.environment(), hook.user(), hook.workingDir(), false, false,
                hook.privileged());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ctx.engine().execStart(ctx.engine().execCreate(container, spec), null,
                (stream, bytes) -> out.writeBytes(bytes));
        listener.said("ran " + String.join(" ", hook.command()) + " in " + container + ": exit code " + code);
        out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().forEach(l -> listener.said("  " + l));
    }

    private List<ObservedContainer> running(Project project, String service) {
        return ProjectObserver.observe(ctx.engine(), project.name()).containers().stream()
                .filter(c -> !c.oneoff() && c.service().equals(service) && c.isRunning()).toList();
    }
}
