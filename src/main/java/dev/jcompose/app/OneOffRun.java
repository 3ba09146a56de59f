package dev.jcompose.app;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.CreatedContainer;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.LogStream;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.plan.ContainerSpecFactory;
import dev.jcompose.plan.OneOffPlanner;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.state.ServiceHash;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code run}: a one-off container of a service, named {@code <project>-<service>-run-<12 hex>} and labelled
 * {@code oneoff=True} as Docker Compose does, after the service's dependencies are up (unless {@code --no-deps}).
 */
public final class OneOffRun {

    /**
     * The run's options.
     *
     * @param command     empty = the service's
     * @param entrypoint  null = the service's; given without a command, the command is cleared too
     * @param env         added to (and over) the service's environment, already resolved
     * @param volumes     {@code -v} entries in short syntax
     * @param publish     {@code -p} entries; they replace the service's ports
     * @param servicePorts keep the service's ports ({@code -P}); without either, nothing is published
     * @param name        the container's name; null = {@code <project>-<service>-run-<id>}
     * @param interactive attach stdin ({@code -i}, the default)
     * @param plan        how images are pulled or built and orphans treated, for the dependencies and the service
     * @param home        the user's home, for {@code ~} in {@code -v}
     */
    public record Request(String service, List<String> command, List<String> entrypoint, Map<String, String> env,
                          Map<String, String> labels, String user, String workdir, List<String> volumes,
                          List<String> publish, List<String> capAdd, List<String> capDrop, boolean servicePorts,
                          String name, boolean noDeps,
                          boolean useAliases, boolean detach, boolean remove, boolean tty, boolean interactive,
                          PlanOptions plan, String home) {
        public Request {
            command = List.copyOf(command);
            entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
            env = Map.copyOf(env);
            labels = Map.copyOf(labels);
            volumes = List.copyOf(volumes);
            publish = List.copyOf(publish);
            capAdd = List.copyOf(capAdd);
            capDrop = List.copyOf(capDrop);
        }
    }

    /** A created one-off container. */
    public record Prepared(String id, String name, boolean attachStdin, boolean remove) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StackContext ctx;

    public OneOffRun(StackContext ctx) {
        this.ctx = ctx;
    }

    /** Brings the dependencies up, makes sure of the image, and creates the container. */
    public Prepared prepare(Project project, Request r) {
        if (!r.publish().isEmpty() && r.servicePorts()) {
            throw new StackFailure("--service-ports and --publish are incompatible", List.of());
        }
        Service service = project.service(r.service());
        if (service == null) throw new StackFailure("no such service: " + r.service(), List.of());
        Service target = RunOverrides.apply(project, service, r);
        PlanRunner runner = new PlanRunner(ctx.engine(), ctx.progress(), ctx.parallelism());
        PlanOptions options = r.plan().withImageIds(ImageInventory.imageIds(ctx.engine(), project));
        runner.run(OneOffPlanner.prepare(project, target, ProjectObserver.observe(ctx.engine(), project.name()),
                options, r.noDeps()));
        if (!r.noDeps()) {
            runner.run(OneOffPlanner.awaitDependencies(target, ProjectObserver.observe(ctx.engine(), project.name())));
        }

        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String slug = HexFormat.of().formatHex(random);
        String name = r.name() != null && !r.name().isEmpty() ? r.name()
                : project.name() + "-" + target.name() + "-run-" + slug.substring(0, 12);
        String ref = target.imageName(project.name());
        String imageId = ctx.engine().findImage(ref).map(ImageInfo::id).orElse(null);
        boolean attachStdin = r.interactive() && !r.detach();
        ContainerSpec spec = ContainerSpecFactory.oneOff(project, target, name, slug, ServiceHash.of(project, target),
                ref, imageId, r.useAliases(), r.remove(), attachStdin);
        CreatedContainer created = ctx.engine().createContainerReporting(spec);
        for (String warning : created.warnings()) {
            ctx.progress().onEvent(ProgressEvent.warning("Container " + name, "Warning", warning, Duration.ZERO));
        }
        return new Prepared(created.id(), name, attachStdin, r.remove());
    }

    /**
     * Starts the container attached: stdin (when the run attaches it) to its end, output until it exits.
     *
     * @return the container's exit code
     */
    public int runAttached(Prepared run, InputStream stdin, OutputSink output) {
        try {
            return ctx.engine().startAttached(run.id(), run.attachStdin() ? stdin : null,
                    (stream, bytes) -> output.accept(stream == LogStream.STDERR, bytes));
        } finally {
            if (run.remove()) removeIfLeft(run);
        }
    }

    /** {@code -d}: starts the container and returns. */
    public void startDetached(Prepared run) {
        try {
            ctx.engine().startContainer(run.id());
        } catch (RuntimeException e) {
            if (run.remove()) removeIfLeft(run);
            throw e;
        }
    }

    /** Passes a signal on to the container (Ctrl-C), as Docker Compose forwards signals during a run. */
    public void signal(Prepared run, String signal) {
        try {
            ctx.engine().killContainer(run.id(), signal);
        } catch (EngineException notRunningAnyMore) {
            // it ended meanwhile
        }
    }

    /** The engine removes an auto-removed container once it has run; one that never started is removed here. */
    private void removeIfLeft(Prepared run) {
        try {
            ctx.engine().removeContainer(run.id(), true, true);
        } catch (EngineException goneOrGoing) {
            // already removed, or the engine is removing it
        }
    }
}
