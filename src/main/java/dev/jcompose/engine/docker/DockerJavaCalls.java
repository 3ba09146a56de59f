package dev.jcompose.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.ContainerStats;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.ImageDetails;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.engine.ProgressEvent;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What docker-java does for us: builds from a context stream, registry pulls and pushes with their credentials,
 * image inspection, stats, and archive copies. It is set up on first use, so a command that does none of these
 * never loads it.
 */
final class DockerJavaCalls {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final Endpoint endpoint;
    private final String apiVersion;
    private final Supplier<RegistryCredentials> credentials;
    private volatile DockerClient client;

    DockerJavaCalls(Endpoint endpoint, String apiVersion, Supplier<RegistryCredentials> credentials) {
        this.endpoint = endpoint;
        this.apiVersion = apiVersion;
        this.credentials = credentials;
    }

    private DockerClient docker() {
        DockerClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    EndpointClientConfig config = new EndpointClientConfig(endpoint,
                            RemoteApiVersion.parseConfig(apiVersion));
                    // responseTimeout stays unset: builds and pulls legitimately stay silent for a long time.
                    var http = new ZerodepDockerHttpClient.Builder()
                            .dockerHost(config.getDockerHost())
                            .sslConfig(config.getSSLConfig())
                            .connectionTimeout(CONNECT_TIMEOUT)
                            .build();
                    c = DockerClientImpl.getInstance(config, http);
                    client = c;
                }
            }
        }
        return c;
    }

    String build(InputStream contextTar, BuildSpec spec, Consumer<ProgressEvent> progress) {
        String label = spec.tags().isEmpty() ? "(untagged)" : spec.tags().get(0);
        return call("build image", label, () -> {
            BuildImageCmd cmd = docker().buildImageCmd(contextTar).withTags(new HashSet<>(spec.tags()))
                    .withNoCache(spec.noCache()).withPull(spec.pull()).withRemove(true).withForcerm(true)
                    .withLabels(spec.labels());
            if (spec.dockerfile() != null) cmd.withDockerfilePath(spec.dockerfile());
            if (spec.target() != null) cmd.withTarget(spec.target());
            spec.buildArgs().forEach(cmd::withBuildArg);
            BuildOptions.apply(spec, cmd);
            BuildImageResultCallback callback = new BuildImageResultCallback() {
                @Override
                public void onNext(BuildResponseItem item) {
                    progress.accept(progressEvent(item));
                    super.onNext(item);
                }
            };
            return cmd.exec(callback).awaitImageId();
        });
    }

    void pull(String reference, Consumer<ProgressEvent> progress) {
        registryCall("pull image", reference, auth -> {
            var cmd = docker().pullImageCmd(reference);
            auth.ifPresent(cmd::withAuthConfig);
            cmd.exec(new RegistryStream<PullResponseItem>("pull image", reference, progress)).awaitSuccess();
        });
    }

    void push(String reference, Consumer<ProgressEvent> progress) {
        ImageName name = ImageName.parse(reference);
        registryCall("push image", reference, auth -> {
            var cmd = docker().pushImageCmd(name.repository()).withTag(name.tag());
            auth.ifPresent(cmd::withAuthConfig);
            cmd.exec(new RegistryStream<PushResponseItem>("push image", reference, progress)).awaitSuccess();
        });
    }

    Optional<ImageDetails> inspectImage(String reference) {
        try {
            return Optional.of(call("inspect image", reference,
                    () -> ImageDetailsMapper.details(docker().inspectImageCmd(reference).exec())));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    ContainerStats stats(String container) {
        return call("read stats of container", container, () -> {
            AtomicReference<Statistics> first = new AtomicReference<>();
            ResultCallback.Adapter<Statistics> one = new ResultCallback.Adapter<>() {
                @Override
                public void onNext(Statistics s) {
                    first.compareAndSet(null, s);
                }
            };
            docker().statsCmd(container).withNoStream(true).exec(one);
            try {
                one.awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("read stats of container", container, "interrupted", e);
            }
            if (first.get() == null) {
                throw new EngineException("read stats of container", container, "the engine sent no sample");
            }
            return StatsMapper.stats(container, first.get());
        });
    }

    InputStream copyFrom(String idOrName, String path) {
        return call("copy from container", idOrName + ":" + path,
                () -> docker().copyArchiveFromContainerCmd(idOrName, path).exec());
    }

    void copyTo(String idOrName, String directory, InputStream tar, boolean copyUidGid) {
        call("copy to container", idOrName + ":" + directory, () -> {
            docker().copyArchiveToContainerCmd(idOrName).withRemotePath(directory).withTarInputStream(tar)
                    .withNoOverwriteDirNonDir(true).withCopyUIDGID(copyUidGid).exec();
            return null;
        });
    }

    void close() {
        DockerClient c = client;
        if (c == null) return;
        try {
            c.close();
        } catch (IOException e) {
            throw new EngineException("close connection", endpoint.host().toString(), e.getMessage(), e);
        }
    }

    static ProgressEvent progressEvent(ResponseItem item) {
        String detail = item.getStream();
        ResponseItem.ProgressDetail bytes = item.getProgressDetail();
        if (detail == null && bytes != null && bytes.getCurrent() != null && bytes.getTotal() != null) {
            detail = bytes.getCurrent() + "/" + bytes.getTotal() + " bytes";
        }
        return new ProgressEvent(item.getId(), item.getStatus(), detail);
    }

    /**
     * Runs a pull or push with the credentials for the image's registry (a lookup that cannot be done fails it); a
     * registry's refusal says what was sent and where it came from.
     */
    private void registryCall(String operation, String reference, Consumer<Optional<AuthConfig>> body) {
        RegistryCredentials registries;
        Optional<RegistryCredentials.Auth> sent;
        try {
            registries = credentials.get();
            sent = registries.forImage(reference);
        } catch (RegistryCredentials.Unavailable e) {
            throw new EngineException(operation, reference, e.getMessage(), e);
        }
        try {
            call(operation, reference, () -> {
                body.accept(sent.map(a -> new AuthConfig().withRegistryAddress(a.serverAddress())
                        .withUsername(a.username()).withPassword(a.password()).withIdentityToken(a.identityToken())));
                return null;
            });
        } catch (EngineException e) {
            if (!isRefusal(e.engineMessage())) throw e;
            throw new EngineException(operation, reference,
                    e.engineMessage() + " (" + registries.refusal(reference, sent) + ")", e);
        }
    }

    /** The registry's words for missing or wrong credentials, as the engine passes them on. */
    private static boolean isRefusal(String engineMessage) {
        return engineMessage != null && (engineMessage.contains("unauthorized")
                || engineMessage.contains("authentication required") || engineMessage.contains("no basic auth credentials"));
    }

    private <T> T call(String operation, String object, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw EngineErrors.translate(operation, object, e, endpoint);
        }
    }

    /**
     * A pull or push stream: forwards progress and remembers the first error the engine reports inside the stream
     * (an unreachable or refusing registry shows up there, not as an HTTP status).
     */
    private static final class RegistryStream<T extends ResponseItem> extends ResultCallback.Adapter<T> {
        private final String operation;
        private final String reference;
        private final Consumer<ProgressEvent> progress;
        private volatile String error;

        RegistryStream(String operation, String reference, Consumer<ProgressEvent> progress) {
            this.operation = operation;
            this.reference = reference;
            this.progress = progress;
        }

        @Override
        public void onNext(T item) {
            if (item.isErrorIndicated()) {
                if (error == null) {
                    error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                            ? item.getErrorDetail().getMessage() : item.getError();
                }
                return;
            }
            progress.accept(progressEvent(item));
        }

        void awaitSuccess() {
            try {
                awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException(operation, reference, "interrupted", e);
            }
            if (error != null) throw new EngineException(operation, reference, error);
        }
    }
}
