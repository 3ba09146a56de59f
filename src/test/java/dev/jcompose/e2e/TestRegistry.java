package dev.jcompose.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The registry {@code scripts/registry-up.sh} runs for the tests: its address and user, docker config directories
 * that name them, and its HTTP API for what the engine cannot tell (which tags it holds) and for removing what a
 * test pushed.
 */
final class TestRegistry {

    /** As scripts/registry-up.sh configures it. */
    static final String ADDRESS = "127.0.0.1:47500";
    static final String USER = "jctest";
    static final String PASSWORD = "jctest-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern TAGS = Pattern.compile("\"tags\"\\s*:\\s*\\[([^]]*)]");
    private static final String MANIFEST_TYPES = "application/vnd.docker.distribution.manifest.v2+json, "
            + "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json";

    private TestRegistry() {
    }

    /** A tag in the test registry; closing deletes it from the registry, if it got there. */
    record Image(String repository, String tag) implements AutoCloseable {
        String reference() {
            return ADDRESS + "/" + repository + ":" + tag;
        }

        @Override
        public void close() throws IOException {
            delete(repository, tag);
        }
    }

    /** Skips on a laptop where the registry does not run; fails in CI, where run-tests.sh starts it. */
    static void reachableOrSkip() {
        String why = null;
        try {
            int status = send(HttpRequest.newBuilder(uri("/v2/")).GET()).statusCode();
            if (status != 200) why = "the test registry on " + ADDRESS + " answered /v2/ with " + status;
        } catch (IOException e) {
            why = "no test registry on " + ADDRESS + " (" + e + "): run scripts/registry-up.sh";
        }
        if (why == null) return;
        if ("true".equals(System.getenv("CI"))) fail(why);
        abort(why);
    }

    /**
     * Writes {@code config.json} into a new directory under {@code parent} (a {@code DOCKER_CONFIG}) and returns the
     * directory.
     */
    static Path dockerConfig(Path parent, String name, String json) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("config.json"), json);
        return dir;
    }

    /** A config.json whose {@code auths} holds {@code user:password} for this registry, base64 as docker login writes it. */
    static String authsJson(String user, String password) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return "{\"auths\": {\"" + ADDRESS + "\": {\"auth\": \"" + auth + "\"}}}";
    }

    /** {@code GET /v2/<repository>/tags/list}: the repository's tags, empty when it has none. */
    static List<String> tags(String repository) throws IOException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/v2/" + repository + "/tags/list")).GET());
        if (answer.statusCode() == 404) return List.of();
        if (answer.statusCode() != 200) fail("tags of " + repository + ": " + answer.statusCode() + " " + answer.body());
        Matcher m = TAGS.matcher(answer.body());
        if (!m.find()) return List.of();
        return Arrays.stream(m.group(1).split(",")).map(t -> t.strip().replace("\"", "")).filter(t -> !t.isEmpty())
                .toList();
    }

    /** Removes {@code repository:tag}'s manifest, if the registry has it (the layers stay, as with any registry). */
    static void delete(String repository, String tag) throws IOException {
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/v2/" + repository + "/manifests/" + tag))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", MANIFEST_TYPES));
        var digest = head.headers().firstValue("Docker-Content-Digest");
        if (head.statusCode() != 200 || digest.isEmpty()) return;
        int status = send(HttpRequest.newBuilder(uri("/v2/" + repository + "/manifests/" + digest.get())).DELETE())
                .statusCode();
        if (status != 202) fail("could not delete " + repository + ":" + tag + " from the test registry: " + status);
    }

    private static URI uri(String path) {
        return URI.create("http://" + ADDRESS + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(request.header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
