package dev.jcompose.app.copy;

import dev.jcompose.app.ServiceContainers;
import dev.jcompose.app.StackContext;
import dev.jcompose.app.StackFailure;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.PathStat;
import dev.jcompose.progress.ProgressEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * {@code cp}: files between a service's container and this machine, through the engine's archive API, with
 * {@code docker cp}'s rules — a directory into an existing directory goes inside it, onto a missing path it takes
 * that name; {@code dir/.} copies the directory's contents; {@code -} is a tar stream on stdin or stdout.
 */
public final class ContainerCopy {

    /**
     * @param index      the replica, 0 = the first container (when copying out) or every container (copying in)
     * @param all        include one-off ({@code run}) containers
     * @param followLink follow a symbolic link given as the source
     * @param archive    keep owners (uid/gid) when copying into the container
     */
    public record Request(String source, String destination, int index, boolean all, boolean followLink,
                          boolean archive) {
    }

    private record Arg(String service, String path) {
        /** {@code SERVICE:PATH}, unless it is an absolute or an explicitly relative ({@code ./a:b}) local path. */
        static Arg parse(String arg) {
            if (arg.startsWith("/")) return new Arg(null, arg);
            int colon = arg.indexOf(':');
            if (colon < 0 || arg.startsWith(".")) return new Arg(null, arg);
            return new Arg(arg.substring(0, colon), arg.substring(colon + 1));
        }
    }

    private final StackContext ctx;
    private final Path workingDir;
    private final InputStream stdin;
    private final OutputStream stdout;

    /** @param workingDir what relative local paths are relative to */
    public ContainerCopy(StackContext ctx, Path workingDir, InputStream stdin, OutputStream stdout) {
        this.ctx = ctx;
        this.workingDir = workingDir;
        this.stdin = stdin;
        this.stdout = stdout;
    }

    public void copy(String project, Request r) {
        if (r.source().isEmpty()) throw failure("source can not be empty");
        if (r.destination().isEmpty()) throw failure("destination can not be empty");
        Arg src = Arg.parse(r.source());
        Arg dst = Arg.parse(r.destination());
        if (src.service() != null && dst.service() != null) throw failure("copying between services is not supported");
        if (src.service() == null && dst.service() == null) throw failure("unknown copy direction");
        boolean out = src.service() != null;
        String service = out ? src.service() : dst.service();
        for (ContainerSummary c : targets(project, service, r, out)) {
            String name = c.name().startsWith("/") ? c.name().substring(1) : c.name();
            String detail = out ? name + ":" + src.path() + " to " + dst.path()
                    : src.path() + " to " + name + ":" + dst.path();
            String resource = "Container " + name;
            Instant began = Instant.now();
            ctx.progress().onEvent(ProgressEvent.working(resource, "Copying", detail, Duration.ZERO));
            try {
                if (out) fromContainer(c.id(), name, src.path(), dst.path(), r.followLink());
                else toContainer(c.id(), name, src.path(), dst.path(), r.followLink(), r.archive());
            } catch (IOException e) {
                ctx.progress().onEvent(ProgressEvent.error(resource, e.getMessage(), Duration.between(began, Instant.now())));
                throw failure(e.getMessage());
            }
            ctx.progress().onEvent(ProgressEvent.done(resource, "Copied", Duration.between(began, Instant.now())));
        }
    }

    private List<ContainerSummary> targets(String project, String service, Request r, boolean out) {
        if (r.index() > 0) {
            return List.of(ServiceContainers.pick(ctx.engine(), project, service, r.index(), false, true));
        }
        List<ContainerSummary> all = ServiceContainers.of(ctx.engine(), project, service, r.all(), true);
        if (all.isEmpty()) throw failure("no container found for service \"" + service + "\"");
        return out ? all.subList(0, 1) : all;
    }

    private void fromContainer(String id, String name, String srcPath, String dstPath, boolean followLink)
            throws IOException {
        String source = srcPath;
        String rebaseName = null;
        if (followLink) {
            Optional<PathStat> link = ctx.engine().statPath(id, source);
            if (link.isPresent() && link.get().isSymlink()) {
                String target = link.get().linkTarget();
                rebaseName = CopyPaths.splitDirEntry(source)[1];
                source = target.startsWith("/") ? target : CopyPaths.join(CopyPaths.splitDirEntry(source)[0], target);
            }
        }
        String finalSource = source;
        PathStat stat = ctx.engine().statPath(id, source).orElseThrow(() ->
                failure("Could not find the file " + finalSource + " in container " + name));
        if (dstPath.equals("-")) {
            try (InputStream tar = ctx.engine().copyFromContainer(id, source)) {
                tar.transferTo(stdout);
                stdout.flush();
            }
            return;
        }
        String destination = local(dstPath);
        Path dst = Path.of(destination);
        boolean exists = Files.exists(dst);
        boolean isDir = exists && Files.isDirectory(dst);
        String[] dstParts = CopyPaths.splitDirEntry(destination);
        if (!exists && !Files.isDirectory(Path.of(dstParts[0]))) {
            throw failure("destination directory " + dstParts[0] + " does not exist");
        }
        String srcBase = CopyPaths.splitDirEntry(source)[1];
        String base = rebaseName != null ? rebaseName : srcBase;
        String linkRebase = rebaseName;
        UnaryOperator<String> followed = n -> linkRebase == null ? n : CopyPaths.rebase(n, srcBase, linkRebase);
        Path into;
        UnaryOperator<String> rename;
        if (exists && isDir) {
            into = dst;
            rename = followed;
        } else if (exists && stat.isDirectory()) {
            throw failure("cannot copy a directory to a file: " + destination);
        } else if (!exists && !stat.isDirectory() && CopyPaths.assertsDirectory(destination)) {
            throw failure("destination directory " + destination + " does not exist");
        } else {
            into = Path.of(dstParts[0]);
            rename = n -> CopyPaths.rebase(followed.apply(n), base, dstParts[1]);
        }
        if (ctx.dryRunning()) return;
        try (InputStream tar = ctx.engine().copyFromContainer(id, source)) {
            HostArchive.extract(tar, into, rename);
        }
    }

    private void toContainer(String id, String name, String srcPath, String dstPath, boolean followLink,
                             boolean archive) throws IOException {
        String destination = dstPath;
        Optional<PathStat> dstStat = ctx.engine().statPath(id, destination);
        if (dstStat.isPresent() && dstStat.get().isSymlink()) {
            String target = dstStat.get().linkTarget();
            destination = target.startsWith("/") ? target
                    : CopyPaths.join(CopyPaths.splitDirEntry(dstPath)[0], target);
            dstStat = ctx.engine().statPath(id, destination);
        }
        if (dstStat.isPresent() && !dstStat.get().isDirectory() && !dstStat.get().isRegularFile()) {
            throw failure("destination \"" + name + ":" + dstPath + "\" must be a directory or a regular file");
        }
        boolean exists = dstStat.isPresent();
        boolean isDir = exists && dstStat.get().isDirectory();
        if (srcPath.equals("-")) {
            if (!isDir) throw failure("destination \"" + name + ":" + dstPath + "\" must be a directory");
            ctx.engine().copyToContainer(id, destination, stdin, archive);
            return;
        }
        String source = local(srcPath);
        Path src = Path.of(source);
        if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
            throw failure("could not find " + source + ": no such file or directory");
        }
        String rebaseName = null;
        Path resolved = src;
        if (followLink && Files.isSymbolicLink(src)) {
            resolved = src.toRealPath();
            rebaseName = src.getFileName().toString();
        }
        boolean srcIsDir = Files.isDirectory(resolved, LinkOption.NOFOLLOW_LINKS);
        String srcBase = rebaseName != null ? rebaseName : CopyPaths.splitDirEntry(source)[1];
        String[] dstParts = CopyPaths.splitDirEntry(destination);
        String into;
        String topName;
        if (exists && isDir) {
            into = destination;
            topName = srcBase;
        } else if (exists && srcIsDir) {
            throw failure("cannot copy a directory to a file: " + name + ":" + dstPath);
        } else if (!exists && !srcIsDir && CopyPaths.assertsDirectory(destination)) {
            throw failure("destination directory " + name + ":" + dstPath + " does not exist");
        } else {
            into = dstParts[0];
            topName = dstParts[1];
        }
        Path tarSource = resolved;
        String top = topName.equals(".") ? null : topName;
        boolean followTop = followLink;
        try (PipedInputStream in = new PipedInputStream(64 * 1024);
             PipedOutputStream pipe = new PipedOutputStream(in)) {
            AtomicReference<IOException> writeFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try (pipe) {
                    HostArchive.write(tarSource, top, followTop, pipe);
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            }, "cp-archive");
            writer.setDaemon(true);
            writer.start();
            try {
                ctx.engine().copyToContainer(id, into, in, archive);
            } finally {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (writeFailure.get() != null) throw writeFailure.get();
        }
    }

    /** A local path made absolute against the working directory, keeping a trailing "/" or "/.". */
    private String local(String path) {
        String absolute = workingDir.resolve(path).toAbsolutePath().toString();
        if (path.endsWith("/.") && !absolute.endsWith("/.")) return absolute + "/.";
        if (path.endsWith("/") && !absolute.endsWith("/")) return absolute + "/";
        return absolute;
    }

    private static StackFailure failure(String message) {
        return new StackFailure(message, List.of());
    }
}
