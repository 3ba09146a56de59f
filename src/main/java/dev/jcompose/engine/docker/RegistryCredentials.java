package dev.jcompose.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The registry credentials the docker CLI would send for an image: from {@code config.json} in DOCKER_CONFIG (else
 * {@code ~/.docker}), through the credential helper {@code credHelpers} names for the registry, else the
 * {@code credsStore} helper, else the {@code auths} entry (its base64 {@code auth}, or username and password).
 * Registries are keyed as Docker keys them: Docker Hub as {@code https://index.docker.io/v1/}, others by
 * {@code host[:port]}, with an {@code auths} key written as a URL matching its host.
 */
public final class RegistryCredentials {
    /** The key Docker files Docker Hub's credentials under. */
    public static final String DOCKER_HUB = "https://index.docker.io/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HELPER_TIMEOUT = Duration.ofSeconds(30);

    /** Credentials for one registry; the token fields are null unless the registry issued one. */
    public record Auth(String serverAddress, String username, String password, String identityToken) {
        @Override
        public String toString() {
            return "Auth[" + serverAddress + ", " + username + "]";
        }
    }

    /** Runs {@code docker-credential-<helper> get}; empty when the helper has nothing for the server. */
    @FunctionalInterface
    public interface HelperRunner {
        Optional<String> get(String helper, String serverAddress);
    }

    /** A credential lookup that cannot be done; the message says what to change. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    private final JsonNode config;
    private final Path configFile;
    private final HelperRunner helpers;

    RegistryCredentials(JsonNode config, Path configFile, HelperRunner helpers) {
        this.config = config;
        this.configFile = configFile;
        this.helpers = helpers;
    }

    /** Reads {@code config.json} as the docker CLI would in {@code env}; helpers are looked up on its PATH. */
    public static RegistryCredentials forEnvironment(Map<String, String> env) {
        String dir = env.get("DOCKER_CONFIG");
        Path configDir = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".docker");
        Path file = configDir.resolve("config.json");
        JsonNode config;
        try {
            config = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            config = JSON.createObjectNode();
        } catch (IOException e) {
            throw new Unavailable("cannot read " + file + ": " + e.getMessage());
        }
        return new RegistryCredentials(config == null ? JSON.createObjectNode() : config, file,
                new PathHelperRunner(env.getOrDefault("PATH", ""), HELPER_TIMEOUT));
    }

    /** No configuration at all: anonymous pulls and pushes. */
    public static RegistryCredentials none() {
        return new RegistryCredentials(JSON.createObjectNode(), Path.of("config.json"), (h, s) -> Optional.empty());
    }

    /**
     * What was sent to the registry of {@code imageReference} and where it came from, for the message of a registry
     * that refused the request: {@code the registry refused the credentials of "bob" from "auths" in /home/bob/.docker/config.json}.
     */
    public String refusal(String imageReference, Optional<Auth> sent) {
        String key = registryKey(imageReference);
        String source = sourceOf(key);
        if (sent.isEmpty()) {
            return source + " has no credentials for " + key + "; `docker login " + key + "` stores them";
        }
        String what = sent.get().username() != null ? "the credentials of \"" + sent.get().username() + "\""
                : "the identity token";
        return "the registry refused " + what + " from " + source;
    }

    /** Where the credentials for registry {@code key} are looked up: a helper, or the file's {@code auths}. */
    private String sourceOf(String key) {
        return helperFor(key).map(h -> "docker-credential-" + h.name() + " (" + h.setting() + " in " + configFile + ")")
                .orElse("\"auths\" in " + configFile);
    }

    /** The credentials for the registry of {@code imageReference}, or empty for an anonymous request. */
    public Optional<Auth> forImage(String imageReference) {
        return forRegistry(registryKey(imageReference));
    }

    /** @param key a registry key as {@link #registryKey} makes it */
    public Optional<Auth> forRegistry(String key) {
        Optional<Helper> helper = helperFor(key);
        return helper.isPresent() ? fromHelper(helper.get(), key) : fromFile(key);
    }

    /** A credential helper and the setting of config.json that names it. */
    private record Helper(String name, String setting) {
    }

    /** The helper the docker CLI asks for registry {@code key}: the registry's credHelpers entry, else credsStore. */
    private Optional<Helper> helperFor(String key) {
        String name = text(config.path("credHelpers").path(key));
        if (name != null) return Optional.of(new Helper(name, "credHelpers"));
        name = text(config.get("credsStore"));
        return name == null ? Optional.empty() : Optional.of(new Helper(name, "credsStore"));
    }

    private Optional<Auth> fromHelper(Helper h, String key) {
        String helper = h.name();
        Optional<String> answer;
        try {
            answer = helpers.get(helper, key);
        } catch (Unavailable e) {
            String what = "registry credentials for " + key + ": " + configFile + " names the credential helper \""
                    + helper + "\" (" + h.setting() + "), but " + e.getMessage();
            if (e.getMessage().endsWith("is not on PATH")) {
                what += "; install docker-credential-" + helper + ", or remove " + h.setting()
                        + " from that file and log in again so the credentials are kept in it";
            }
            throw new Unavailable(what);
        }
        if (answer.isEmpty()) return Optional.empty();
        try {
            JsonNode json = JSON.readTree(answer.get());
            String user = text(json.get("Username"));
            String secret = text(json.get("Secret"));
            if ("<token>".equals(user)) return Optional.of(new Auth(key, null, null, secret));
            return Optional.of(new Auth(key, user, secret, null));
        } catch (IOException e) {
            throw new Unavailable("registry credentials for " + key + ": docker-credential-" + helper
                    + " answered with something that is not JSON");
        }
    }

    private Optional<Auth> fromFile(String key) {
        JsonNode auths = config.path("auths");
        JsonNode entry = auths.get(key);
        if (entry == null) {
            // config files written by old clients key registries by URL
            for (Iterator<Map.Entry<String, JsonNode>> it = auths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (key.equals(hostOf(e.getKey()))) {
                    entry = e.getValue();
                    break;
                }
            }
        }
        if (entry == null) return Optional.empty();
        String user = text(entry.get("username"));
        String password = text(entry.get("password"));
        String encoded = text(entry.get("auth"));
        if (encoded != null) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Unavailable("registry credentials for " + key + " in " + configFile
                        + ": \"auth\" is not base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new Unavailable("registry credentials for " + key + " in " + configFile
                        + ": \"auth\" must encode user:password");
            }
            user = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        }
        String token = text(entry.get("identitytoken"));
        if (user == null && password == null && token == null) return Optional.empty();
        return Optional.of(new Auth(key, user, password, token));
    }

    /**
     * The key Docker files a registry's credentials under, for an image reference: a first path component with a
     * dot or colon, or {@code localhost}, or upper-case letters, names the registry; anything else is on Docker Hub.
     */
    public static String registryKey(String imageReference) {
        int slash = imageReference.indexOf('/');
        if (slash < 0) return DOCKER_HUB;
        String first = imageReference.substring(0, slash);
        boolean isDomain = first.contains(".") || first.contains(":") || first.equals("localhost")
                || !first.equals(first.toLowerCase(Locale.ROOT));
        if (!isDomain || first.equals("docker.io") || first.equals("index.docker.io")) return DOCKER_HUB;
        return first;
    }

    /** {@code https://registry.example.com:5000/v1/} → {@code registry.example.com:5000}. */
    static String hostOf(String urlOrHost) {
        String s = urlOrHost;
        int scheme = s.indexOf("://");
        if (scheme >= 0) s = s.substring(scheme + 3);
        int slash = s.indexOf('/');
        return slash < 0 ? s : s.substring(0, slash);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || !n.isValueNode() || n.asText().isEmpty() ? null : n.asText();
    }

    /** Finds {@code docker-credential-<helper>} on a PATH and asks it, as the docker CLI does. */
    static final class PathHelperRunner implements HelperRunner {
        private final String path;
        private final Duration timeout;

        PathHelperRunner(String path, Duration timeout) {
            this.path = path;
            this.timeout = timeout;
        }

        @Override
        public Optional<String> get(String helper, String serverAddress) {
            String program = "docker-credential-" + helper;
            Path executable = null;
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path candidate = Path.of(dir, program);
                if (Files.isExecutable(candidate)) {
                    executable = candidate;
                    break;
                }
            }
            if (executable == null) throw new Unavailable(program + " is not on PATH");
            try {
                Process p = new ProcessBuilder(executable.toString(), "get").start();
                // The answer is stdout alone, as the docker CLI reads it; stderr (logging) only explains a failure.
                CompletableFuture<String> stdout = readAll(p.getInputStream());
                CompletableFuture<String> stderr = readAll(p.getErrorStream());
                try (OutputStream in = p.getOutputStream()) {
                    in.write(serverAddress.getBytes(StandardCharsets.UTF_8));
                } catch (IOException exitedWithoutReading) {
                    // its answer (or its complaint) is still on its output
                }
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new Unavailable(program + " did not answer within " + timeout.toSeconds() + " s");
                }
                String out = stdout.join();
                if (p.exitValue() == 0) return Optional.of(out);
                // the helpers' protocol: this message means "nothing stored", which is not an error
                if (out.contains("credentials not found")) return Optional.empty();
                throw new Unavailable(program + " get failed: " + (out.isEmpty() ? stderr.join() : out));
            } catch (IOException e) {
                throw new Unavailable(program + " could not be run: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable(program + " was interrupted");
            }
        }

        /**
         * The stream's text, read on a daemon thread of its own (not the common pool, as the read blocks), so that a
         * helper that never ends cannot hold us.
         */
        private static CompletableFuture<String> readAll(InputStream stream) {
            return CompletableFuture.supplyAsync(() -> {
                try (stream) {
                    return new String(stream.readAllBytes(), StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    return "";
                }
            }, task -> {
                Thread reader = new Thread(task, "credential helper output");
                reader.setDaemon(true);
                reader.start();
            });
        }
    }
}
