package dev.jcompose.engine.docker;

import dev.jcompose.engine.EngineUnreachableException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the engine the way the docker CLI does: DOCKER_HOST (with DOCKER_TLS_VERIFY / DOCKER_CERT_PATH), else the
 * context named by DOCKER_CONTEXT or by {@code currentContext} in the CLI's config.json, else the default socket.
 * Pure given the environment and a file reader, so every branch is unit-testable.
 */
public final class EndpointResolver {
    public static final URI DEFAULT_SOCKET = URI.create("unix:///var/run/docker.sock");
    private static final String DEFAULT_CONTEXT = "default";

    /** Reads a whole file; empty when it does not exist. */
    @FunctionalInterface
    public interface FileReader {
        Optional<String> read(Path path) throws IOException;
    }

    private final Map<String, String> env;
    private final Path home;
    private final FileReader files;

    public EndpointResolver(Map<String, String> env, Path home, FileReader files) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.files = files;
    }

    /** The resolver for this process: real environment, real home, real files. */
    public static EndpointResolver system() {
        return forEnvironment(System.getenv());
    }

    /** Resolves from {@code env} (DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, HOME) and the files on this machine. */
    public static EndpointResolver forEnvironment(Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return new EndpointResolver(env, Path.of(home), path -> {
            try {
                return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        });
    }

    public Endpoint resolve() {
        String dockerHost = nonBlank(env.get("DOCKER_HOST"));
        if (dockerHost != null) {
            return fromDockerHost(dockerHost);
        }
        String contextFromEnv = nonBlank(env.get("DOCKER_CONTEXT"));
        if (contextFromEnv != null) {
            return fromContext(contextFromEnv, "DOCKER_CONTEXT");
        }
        String current = currentContext();
        if (current != null) {
            return fromContext(current, "currentContext in " + configDir().resolve("config.json"));
        }
        return new Endpoint(DEFAULT_SOCKET, false, null, "default socket");
    }

    private Endpoint fromDockerHost(String dockerHost) {
        boolean tls = nonBlank(env.get("DOCKER_TLS_VERIFY")) != null;
        String certPath = nonBlank(env.get("DOCKER_CERT_PATH"));
        Path certs = tls ? (certPath != null ? Path.of(certPath) : configDir()) : null;
        return new Endpoint(parseHost(dockerHost, "DOCKER_HOST"), tls, certs, "DOCKER_HOST");
    }

    private Endpoint fromContext(String name, String chosenBy) {
        String source = "context \"" + name + "\" from " + chosenBy;
        if (name.equals(DEFAULT_CONTEXT)) {
            return new Endpoint(DEFAULT_SOCKET, false, null, source);
        }
        Path contexts = configDir().resolve("contexts");
        Path meta = contexts.resolve("meta").resolve(sha256(name)).resolve("meta.json");
        Object docker = JsonTree.at(readJson(meta, source)
                .orElseThrow(() -> unreachable(source, "no such context (" + meta + " does not exist)")),
                "Endpoints", "docker");
        String host = nonBlank(JsonTree.string(JsonTree.at(docker, "Host")));
        if (host == null) {
            throw unreachable(source, meta + " has no Endpoints.docker.Host");
        }
        Path tlsDir = contexts.resolve("tls").resolve(sha256(name)).resolve("docker");
        boolean hasTls = read(tlsDir.resolve("ca.pem"), source).isPresent();
        boolean tls = hasTls && !JsonTree.isTrue(JsonTree.at(docker, "SkipTLSVerify"));
        return new Endpoint(parseHost(host, source), tls, tls ? tlsDir : null, source);
    }

    private String currentContext() {
        Path config = configDir().resolve("config.json");
        return readJson(config, config.toString())
                .map(root -> nonBlank(JsonTree.string(JsonTree.at(root, "currentContext"))))
                .orElse(null);
    }

    private Path configDir() {
        String dockerConfig = nonBlank(env.get("DOCKER_CONFIG"));
        return dockerConfig != null ? Path.of(dockerConfig) : home.resolve(".docker");
    }

    private Optional<Object> readJson(Path path, String source) {
        Optional<String> text = read(path, source);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JsonTree.parse(text.get()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw unreachable(source, path + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreachable(source, "cannot read " + path + ": " + e.getMessage());
        }
    }

    private Optional<String> read(Path path, String source) {
        try {
            return files.read(path);
        } catch (IOException e) {
            throw unreachable(source, "cannot read " + path + ": " + e.getMessage());
        }
    }

    private static URI parseHost(String host, String source) {
        URI uri;
        try {
            uri = URI.create(host);
        } catch (IllegalArgumentException e) {
            throw unreachable(source, "\"" + host + "\" is not a valid engine address");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !List.of("unix", "tcp", "npipe").contains(scheme)) {
            throw unreachable(source, "\"" + host + "\" is not a supported engine address (allowed: unix://, tcp://, npipe://)");
        }
        return uri;
    }

    private static EngineUnreachableException unreachable(String source, String why) {
        return new EngineUnreachableException(List.of(source + ": " + why), null);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
