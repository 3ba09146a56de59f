package dev.jcompose.engine;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The port to a container engine: the few calls jcompose needs, in its own types. Container, network and image
 * references accept an id or a name. Every call throws {@link NotFoundException} when the named object does not
 * exist, {@link ConflictException} on a clash with the engine's state, {@link EngineUnreachableException} when no
 * engine answers and {@link EngineException} otherwise.
 *
 * <p>Label filters: a map entry {@code key → value} matches that exact label; {@code key → null} matches any value.
 * All entries must match.
 */
public interface ContainerEngine extends AutoCloseable {

    EngineInfo info();

    // containers

    /** Containers in any state (also stopped ones) whose labels match. */
    List<ContainerSummary> listContainers(Map<String, String> labelFilter);

    ContainerDetails inspectContainer(String idOrName);

    /** @return the new container's id */
    String createContainer(ContainerSpec spec);

    /** Starting a running container is not an error. */
    void startContainer(String idOrName);

    /** Sends the stop signal, then SIGKILL after {@code timeout}; stopping a stopped container is not an error. */
    void stopContainer(String idOrName, Duration timeout);

    void killContainer(String idOrName, String signal);

    void removeContainer(String idOrName, boolean force, boolean removeAnonymousVolumes);

    void renameContainer(String idOrName, String newName);

    /** Blocks until the container is not running and returns its exit code. */
    int waitContainer(String idOrName);

    void connectNetwork(String network, String container, NetworkAttachmentSpec attachment);

    void disconnectNetwork(String network, String container, boolean force);

    /**
     * Streams a container's output. Without {@code follow} it returns when the existing output is delivered;
     * with it, it returns at once and delivers until the container stops or the subscription is closed.
     */
    Subscription logs(String idOrName, LogOptions options, LogSink sink);

    // networks

    List<NetworkInfo> listNetworks(Map<String, String> labelFilter);

    Optional<NetworkInfo> findNetwork(String idOrName);

    /** @return the new network's id */
    String createNetwork(NetworkSpec spec);

    void removeNetwork(String idOrName);

    // volumes

    List<VolumeInfo> listVolumes(Map<String, String> labelFilter);

    Optional<VolumeInfo> findVolume(String name);

    VolumeInfo createVolume(VolumeSpec spec);

    void removeVolume(String name, boolean force);

    // images

    Optional<ImageInfo> findImage(String reference);

    default boolean imageExists(String reference) {
        return findImage(reference).isPresent();
    }

    List<ImageInfo> listImages(Map<String, String> labelFilter);

    void removeImage(String reference, boolean force);

    /**
     * Builds from a tar stream of the context (the stream is read to its end, not closed).
     *
     * @return the new image's id
     */
    String buildImage(InputStream contextTar, BuildSpec spec, Consumer<ProgressEvent> progress);

    /** Pulls {@code reference} (a tag defaults to latest). */
    void pullImage(String reference, Consumer<ProgressEvent> progress);

    // events

    /** Delivers engine events whose object labels match, from now until the subscription is closed. */
    Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener);

    /**
     * As {@link #events(Map, Consumer)}; {@code onEnd} runs once if the stream ends before it is closed (the engine
     * stopped or the connection broke), with what went wrong. An engine that cannot go away never calls it.
     */
    default Subscription events(Map<String, String> labelFilter, Consumer<EngineEvent> listener,
                                Consumer<EngineException> onEnd) {
        return events(labelFilter, listener);
    }

    // exec

    /** @return the exec instance's id */
    String execCreate(String container, ExecSpec spec);

    /**
     * Runs a created exec, delivering its output, and returns its exit code when it ends. {@code stdin} may be
     * null.
     */
    int execStart(String execId, InputStream stdin, LogSink sink);

    // --- exec-run: exec, run, pause, top, cp ---

    /** Starts a created exec in the background and returns at once. */
    void execStartDetached(String execId);

    /**
     * Attaches to a created container's output (and to its stdin when {@code stdin} is not null), starts it, and
     * delivers its output until it stops. stdin is copied in until it ends, then closed: a container created with
     * {@code stdinOnce} reads end-of-input. Returns the container's exit code, also when the engine removes the
     * container as it exits ({@code autoRemove}).
     */
    int startAttached(String idOrName, InputStream stdin, LogSink sink);

    void pauseContainer(String idOrName);

    void unpauseContainer(String idOrName);

    /** A running (or paused) container's processes; {@link ConflictException} when it is not running. */
    ProcessList listProcesses(String idOrName);

    /** What is at {@code path} in the container; empty when nothing is (the container itself must exist). */
    Optional<PathStat> statPath(String idOrName, String path);

    /**
     * A tar stream of {@code path} in the container (created, running or stopped), whose first entry is the path's
     * last element (a directory's entries follow under it); {@link NotFoundException} when nothing is there. The
     * caller closes the stream.
     */
    InputStream copyFromContainer(String idOrName, String path);

    /**
     * Extracts a tar stream into {@code directory} of the container (created, running or stopped), which must
     * exist; the directories an entry's name passes through are made when missing, a file already there is replaced,
     * a directory is not replaced by a file or the other way round. {@code copyUidGid} keeps the archive's owners,
     * else they become root.
     */
    void copyToContainer(String idOrName, String directory, InputStream tar, boolean copyUidGid);

    // --- attach ---

    /**
     * Attaches to a running container's output, and to its stdin when {@code stdin} is not null, until the engine ends
     * the attachment: the container stopped, stdin ended (a container whose stdin does not close with the caller's
     * runs on), or the engine read {@code detachKeys} on stdin (null: the engine's default, ctrl-p ctrl-q). A TTY
     * container's output comes as STDOUT. {@code onAttached} runs once attached, before anything is sent; stdin is
     * closed when the attachment ends. {@link ConflictException} when the container is not running.
     */
    void attachContainer(String idOrName, InputStream stdin, LogSink sink, String detachKeys, Runnable onAttached);

    // --- commit, export ---

    /**
     * Makes an image of a container (created, running or stopped) with its filesystem as it is now.
     *
     * @return the new image's id
     */
    String commitContainer(String idOrName, CommitSpec spec);

    /**
     * A tar stream of a container's whole filesystem (created, running or stopped), its entries named relative to
     * {@code /}. The caller closes the stream.
     */
    InputStream exportContainer(String idOrName);

    // --- build-pull ---

    /**
     * Pushes {@code reference} to its registry, with the credentials the docker CLI would use for that registry.
     * A failure the registry reports (unreachable, denied) is an {@link EngineException} with its words.
     */
    void pushImage(String reference, Consumer<ProgressEvent> progress);

    /** The image's details, or empty when the engine has no such image. */
    Optional<ImageDetails> inspectImage(String reference);

    /** One sample of a running container's resource usage. */
    ContainerStats stats(String container);

    // --- rollout ---

    /** The engine's latest healthcheck runs of a container, oldest first; empty when it has no healthcheck. */
    List<HealthProbe> healthProbes(String container);

    @Override
    void close();

    // --- shell ---

    /**
     * Runs a created exec that has a terminal ({@link ExecSpec#tty()}): {@code keys} are copied to it as they come
     * (it is half-closed only when {@code keys} ends; {@code keys} is closed as soon as the command's output ends,
     * so that no key typed after it is taken), its terminal's output goes to {@code sink} as STDOUT, and
     * {@code onStarted} runs once the session is open, before any key is sent (the window size can be set from
     * then on). Returns the command's exit code when it ends; a broken connection is an {@link EngineException}.
     */
    int execStartTty(String execId, InputStream keys, LogSink sink, Runnable onStarted);

    /** Sets the window size of a started exec's terminal (the command gets SIGWINCH). */
    void resizeExec(String execId, int rows, int columns);

    /**
     * Attaches to a created container that has a terminal ({@link ContainerSpec#tty()}), starts it, copies
     * {@code keys} in (closing it when the container's output ends) and its terminal's output to {@code sink} (as
     * STDOUT) until it stops; {@code onStarted} runs
     * once it has started, before the first key goes in. Returns its exit code, also when it is removed as it exits.
     */
    int startAttachedTty(String idOrName, InputStream keys, LogSink sink, Runnable onStarted);

    /** Sets the window size of a running container's terminal. */
    void resizeContainer(String idOrName, int rows, int columns);

    // --- spec ---

    /**
     * Creates a container as {@link #createContainer} does, and says what it did not apply as asked: settings the
     * API version spoken cannot carry are left out (see {@link ApiFeatures}) rather than failing the create, and
     * the engine's own warnings (a limit the kernel cannot enforce, discarded) are passed on.
     */
    CreatedContainer createContainerReporting(ContainerSpec spec);
}
