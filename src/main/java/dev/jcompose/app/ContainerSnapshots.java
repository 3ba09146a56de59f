package dev.jcompose.app;

import dev.jcompose.engine.CommitSpec;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.progress.ProgressEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code commit} and {@code export}: a service's running container as an image, or as a tar stream of its files. */
public final class ContainerSnapshots {

    private final StackContext ctx;

    public ContainerSnapshots(StackContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@code commit}'s arguments: the service's container {@code index} (0 = the first), the image's name
     * ({@code repository[:tag]}, null for none), and what {@code docker commit} takes.
     */
    public record Commit(String service, int index, String reference, String author, String message,
                         List<String> changes, boolean pause) {
    }

    /**
     * @return the new image's id
     * @throws StackFailure when the service has no such running container
     */
    public String commit(String project, Commit commit) {
        String container = ServiceContainers.name(running(project, commit.service(), commit.index()));
        String resource = "Container " + container;
        Instant start = Instant.now();
        ctx.progress().onEvent(ProgressEvent.working(resource, "Committing", null, Duration.ZERO));
        String id = ctx.engine().commitContainer(container, new CommitSpec(commit.reference(), commit.author(),
                commit.message(), commit.changes(), commit.pause()));
        ctx.progress().onEvent(ProgressEvent.done(resource, "Committed as " + id,
                Duration.between(start, Instant.now())));
        return id;
    }

    /** Writes the filesystem of the service's container {@code index} to {@code out} as a tar stream. */
    public void export(String project, String service, int index, OutputStream out) {
        String container = ServiceContainers.name(running(project, service, index));
        try (InputStream tar = ctx.engine().exportContainer(container)) {
            tar.transferTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export " + container, e);
        }
    }

    private ContainerSummary running(String project, String service, int index) {
        return ServiceContainers.pick(ctx.engine(), project, service, index, true, false);
    }
}
